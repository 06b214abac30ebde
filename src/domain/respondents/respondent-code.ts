/**
 * A respondent's code labels a role, never a person: short letters and digits with
 * hyphens, underscores or dots (INT-03, WS-01-P02, DESK.NORD). The rule keeps out what a
 * person would type to name someone: spaces (a first and last name), "@" (an e-mail
 * address), and seven digits or more (a phone number).
 */
export const RESPONDENT_CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,23}$/u;

export type CodeProblem = 'code-not-anonymous';

export function respondentCodeProblem(code: string): CodeProblem | undefined {
  const digits = code.replace(/\D/g, '').length;
  return RESPONDENT_CODE_PATTERN.test(code) && digits < 7 ? undefined : 'code-not-anonymous';
}

export const isAnonymousCode = (code: string): boolean => respondentCodeProblem(code) === undefined;
