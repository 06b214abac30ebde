import { isEmptyValue, type Answer } from '../../domain/runtime';

/** Form values: one Answer per answer key. */
export type AnswerValues = Record<string, Answer | undefined>;

/** An answer with nothing left in it is removed rather than stored empty. */
export function normalizeAnswer(answer: Answer | undefined): Answer | undefined {
  if (!answer) return undefined;
  const out: Answer = {};
  if (!isEmptyValue(answer.value)) out.value = answer.value;
  if (answer.special) out.special = answer.special;
  if (answer.other?.trim()) out.other = answer.other;
  if (answer.note !== undefined && (answer.note.trim() || answer.note === '')) out.note = answer.note;
  return Object.keys(out).length === 0 ? undefined : out;
}

export function valuesToAnswers(values: AnswerValues): Map<string, Answer> {
  const map = new Map<string, Answer>();
  for (const key of Object.keys(values)) {
    const answer = values[key];
    if (answer) map.set(key, answer);
  }
  return map;
}
