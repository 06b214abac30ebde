import { isEmptyValue, type Answer, type AnswerValue } from '../../../domain/runtime';
import { cleanGroup } from '../../../domain/workshop';

/** An answer with empty parts removed; undefined when nothing is left. */
export function tidy(answer: Answer): Answer | undefined {
  const out: Answer = {};
  if (!isEmptyValue(answer.value)) out.value = answer.value;
  if (answer.special) out.special = answer.special;
  if (answer.other?.trim()) out.other = answer.other;
  if (answer.note?.trim()) out.note = answer.note;
  const group = cleanGroup(answer.group);
  if (group) out.group = group;
  return Object.keys(out).length ? out : undefined;
}

/** The group's consensus answer, recorded by the facilitator. */
export function withValue(answer: Answer | undefined, value: AnswerValue | undefined): Answer | undefined {
  return tidy({ ...answer, value, special: undefined });
}

/** Disagreement noted beside the consensus (kept as typed, spaces and all, while typing). */
export function withDissent(answer: Answer | undefined, dissent: string): Answer | undefined {
  const base = tidy({ ...answer, group: { ...answer?.group, dissent: undefined } });
  return dissent ? { ...base, group: { ...base?.group, dissent } } : base;
}

export function withContributions(answer: Answer | undefined, contributions: readonly string[]): Answer | undefined {
  return tidy({ ...answer, group: { ...answer?.group, contributions: [...contributions] } });
}

export function withOther(answer: Answer | undefined, other: string): Answer | undefined {
  return other ? { ...tidy({ ...answer }), other } : tidy({ ...answer, other: undefined });
}
