import type { Answer } from '../answers/answer';
import { isAnswered } from '../answers/answer';
import type { Condition } from '../template/condition-schema';

/** Answer of an item as conditions see it: undefined when unanswered or hidden. */
export type AnswerLookup = (itemId: string) => Answer | undefined;

type Test = (lookup: AnswerLookup) => boolean;

const valueOf = (answer: Answer | undefined) => (answer?.special ? undefined : answer?.value);

function numeric(item: string, test: (value: number) => boolean): Test {
  return (lookup) => {
    const value = valueOf(lookup(item));
    return typeof value === 'number' && Number.isFinite(value) && test(value);
  };
}

/**
 * A condition turned into a test, once per condition object. Conditions are plain data of
 * eleven shapes; asking each one which keys it has (`'all' in condition`…) on every
 * evaluation costs more than the test itself, and every respondent's visibility asks
 * every condition of the template.
 */
function build(condition: Condition): Test {
  if ('all' in condition) {
    const parts = condition.all.map(compile);
    return (lookup) => {
      for (const part of parts) if (!part(lookup)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compile);
    return (lookup) => {
      for (const part of parts) if (part(lookup)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compile(condition.not);
    return (lookup) => !inner(lookup);
  }
  const item = condition.item;
  if ('answered' in condition) {
    const answered = condition.answered;
    return (lookup) => isAnswered(lookup(item)) === answered;
  }
  if ('equals' in condition) {
    const expected = condition.equals;
    return (lookup) => valueOf(lookup(item)) === expected;
  }
  if ('notEquals' in condition) {
    const unexpected = condition.notEquals;
    return (lookup) => valueOf(lookup(item)) !== unexpected;
  }
  if ('includes' in condition) {
    const id = condition.includes;
    return (lookup) => {
      const value = valueOf(lookup(item));
      return Array.isArray(value) ? value.includes(id) : value === id;
    };
  }
  if ('greaterThan' in condition) {
    const bound = condition.greaterThan;
    return numeric(item, (v) => v > bound);
  }
  if ('atLeast' in condition) {
    const bound = condition.atLeast;
    return numeric(item, (v) => v >= bound);
  }
  if ('lessThan' in condition) {
    const bound = condition.lessThan;
    return numeric(item, (v) => v < bound);
  }
  const bound = condition.atMost;
  return numeric(item, (v) => v <= bound);
}

const compiled = new WeakMap<Condition, Test>();

function compile(condition: Condition): Test {
  let test = compiled.get(condition);
  if (!test) compiled.set(condition, (test = build(condition)));
  return test;
}

/**
 * Evaluates a visibility condition. "Don't know" is an answer but has no value, so it
 * satisfies `answered` and nothing else. `notEquals` is the negation of `equals`.
 */
export function evaluateCondition(condition: Condition, lookup: AnswerLookup): boolean {
  return compile(condition)(lookup);
}
