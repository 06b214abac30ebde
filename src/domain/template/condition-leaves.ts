import type { Condition } from './condition-schema';
import type { IssuePath } from './template-issue';

export type ConditionTest = Extract<Condition, { item: string }>;

export interface ConditionLeaf {
  test: ConditionTest;
  path: IssuePath;
}

/** Every test in a condition tree, with its JSON path. */
export function conditionLeaves(condition: Condition, path: IssuePath): ConditionLeaf[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionLeaves(c, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionLeaves(c, [...path, 'any', i]));
  if ('not' in condition) return conditionLeaves(condition.not, [...path, 'not']);
  return [{ test: condition, path }];
}
