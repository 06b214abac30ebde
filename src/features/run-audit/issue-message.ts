import type { AnswerIssueCode } from '../../domain/runtime';

export interface DecodedIssue {
  code: AnswerIssueCode;
  params: Record<string, string | number>;
}

/** The resolver stores "code|json params" as the form error message; screens decode it. */
export function encodeIssue(code: string, params: unknown): string {
  return `${code}|${JSON.stringify(params ?? {})}`;
}

export function decodeIssue(message: string | undefined): DecodedIssue | undefined {
  if (!message) return undefined;
  const bar = message.indexOf('|');
  const code = (bar < 0 ? message : message.slice(0, bar)) as AnswerIssueCode;
  try {
    return { code, params: bar < 0 ? {} : (JSON.parse(message.slice(bar + 1)) as Record<string, string | number>) };
  } catch {
    return { code, params: {} };
  }
}
