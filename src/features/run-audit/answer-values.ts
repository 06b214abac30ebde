import { hasGroupAnswer, isEmptyValue, type Answer, type GroupAnswer } from '../../domain/runtime';

/** Form values: one Answer per answer key. */
export type AnswerValues = Record<string, Answer | undefined>;

/** What a workshop recorded for the answer (counts, dots, contributions, dissent), if anything. */
export function groupRecord(group: GroupAnswer | undefined): GroupAnswer | undefined {
  return group && (hasGroupAnswer(group) || group.dissent?.trim()) ? group : undefined;
}

/**
 * An answer with nothing left in it is removed rather than stored empty. What a workshop
 * recorded with it (the room's counts, dots, contributions, dissent) is never dropped by
 * an edit in the questionnaire, which does not show it.
 */
export function normalizeAnswer(answer: Answer | undefined): Answer | undefined {
  if (!answer) return undefined;
  const out: Answer = {};
  if (!isEmptyValue(answer.value)) out.value = answer.value;
  if (answer.special) out.special = answer.special;
  if (answer.other?.trim()) out.other = answer.other;
  if (answer.note !== undefined && (answer.note.trim() || answer.note === '')) out.note = answer.note;
  const group = groupRecord(answer.group);
  if (group) out.group = group;
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
