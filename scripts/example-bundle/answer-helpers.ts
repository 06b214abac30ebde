import { fieldKey, type Answer, type AnswerValue } from '../../src/domain';

/** One respondent's answers by answer key, in the order they were given. */
export type AnswerRecord = Record<string, Answer>;

export const v = (value: AnswerValue, extra: Omit<Answer, 'value'> = {}): Answer => ({ value, ...extra });

/** A choice that includes "Other, please specify", with the person's text. */
export const withOther = (value: string | string[], other: string): Answer => ({ value, other });

export const DONT_KNOW: Answer = { special: 'dont-know' };
export const PREFER_NOT: Answer = { special: 'prefer-not-to-say' };

/** A value or "don't know" for the optional fields of register specs. */
export type OrDontKnow<T extends AnswerValue> = T | 'dont-know';

export function valueOrDontKnow<T extends AnswerValue>(value: OrDontKnow<T>): Answer {
  return value === 'dont-know' ? DONT_KNOW : v(value);
}

export interface ListEntry {
  id: string;
  fields: AnswerRecord;
}

/** A repeating list as stored: the ordered entry ids, then each entry's fields under list/entry/field. */
export function listAnswers(listId: string, entries: readonly ListEntry[]): AnswerRecord {
  const out: AnswerRecord = { [listId]: v(entries.map((e) => e.id)) };
  for (const entry of entries) {
    for (const [field, answer] of Object.entries(entry.fields)) out[fieldKey(listId, entry.id, field)] = answer;
  }
  return out;
}

/** Drops undefined fields, so optional parts of a spec leave no key behind. */
export function defined(fields: Record<string, Answer | undefined>): AnswerRecord {
  const out: AnswerRecord = {};
  for (const [key, answer] of Object.entries(fields)) if (answer) out[key] = answer;
  return out;
}
