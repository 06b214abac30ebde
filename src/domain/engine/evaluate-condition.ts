import type { Answer } from '../answers/answer';
import { isAnswered } from '../answers/answer';
import type { Condition } from '../template/condition-schema';

/** Answer of an item as conditions see it: undefined when unanswered or hidden. */
export type AnswerLookup = (itemId: string) => Answer | undefined;

function compare(answer: Answer | undefined, test: (value: number) => boolean): boolean {
  const value = answer?.special ? undefined : answer?.value;
  return typeof value === 'number' && Number.isFinite(value) && test(value);
}

/**
 * Evaluates a visibility condition. "Don't know" is an answer but has no value, so it
 * satisfies `answered` and nothing else. `notEquals` is the negation of `equals`.
 */
export function evaluateCondition(condition: Condition, lookup: AnswerLookup): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, lookup));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  const answer = lookup(condition.item);
  const value = answer?.special ? undefined : answer?.value;
  if ('answered' in condition) return isAnswered(answer) === condition.answered;
  if ('equals' in condition) return value === condition.equals;
  if ('notEquals' in condition) return value !== condition.notEquals;
  if ('includes' in condition) return Array.isArray(value) ? value.includes(condition.includes) : value === condition.includes;
  if ('greaterThan' in condition) return compare(answer, (v) => v > condition.greaterThan);
  if ('atLeast' in condition) return compare(answer, (v) => v >= condition.atLeast);
  if ('lessThan' in condition) return compare(answer, (v) => v < condition.lessThan);
  return compare(answer, (v) => v <= condition.atMost);
}
