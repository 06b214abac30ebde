export const ANSWER_ISSUE_CODES = [
  'required',
  'wrong-type',
  'not-an-integer',
  'below-min',
  'above-max',
  'too-long',
  'invalid-date',
  'before-min-date',
  'after-max-date',
  'unknown-option',
  'too-few-selected',
  'too-many-selected',
  'other-missing',
  'exclusive-with-others',
  'out-of-scale',
  'too-few-entries',
  'too-many-entries',
  'special-not-allowed',
  'incomplete-rows',
] as const;

export type AnswerIssueCode = (typeof ANSWER_ISSUE_CODES)[number];

/** A problem with one answer, by answer key; the UI words it in the person's language. */
export interface AnswerIssue {
  key: string;
  code: AnswerIssueCode;
  params?: Readonly<Record<string, string | number>>;
}
