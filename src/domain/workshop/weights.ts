import type { Answer } from '../answers/answer';
import type { FieldItem, Item } from '../template/item-schema';
import { totalOf } from './counts';
import { scalePointKey } from './distribution';

/** What one answer weighs in analysis: people per option (or scale point), and in all. */
export interface PeopleCounts {
  counts: Record<string, number>;
  /** People the answer speaks for. */
  people: number;
}

const COUNTED = new Set(['single-choice', 'multi-choice', 'yes-no', 'rating']);

/**
 * People behind a choice or rating answer, by the audit analysis's rule: a show of hands
 * counts its hands (all of them answered, at most the people present, `cap`); a value
 * without a tally (a person's answer, or a group's consensus) counts once. "Don't know"
 * and empty answers weigh nothing here.
 */
export function answerPeople(item: Item | FieldItem, answer: Answer | undefined, cap = Number.POSITIVE_INFINITY): PeopleCounts | undefined {
  if (!answer || answer.special || !COUNTED.has(item.type)) return undefined;
  const tally = answer.group?.tally;
  if (tally && totalOf(tally) > 0) {
    const counts = Object.fromEntries(Object.entries(tally).filter(([, n]) => n > 0));
    return { counts, people: Math.min(totalOf(counts), cap) };
  }
  const value = answer.value;
  const ids = Array.isArray(value) ? value : typeof value === 'string' ? [value] : typeof value === 'number' ? [scalePointKey(value)] : [];
  if (ids.length === 0) return undefined;
  return { counts: Object.fromEntries(ids.map((id) => [id, 1])), people: 1 };
}

/** Dots of a dot vote, per option; they rank priorities beside the people counts. */
export function answerDots(answer: Answer | undefined): Record<string, number> | undefined {
  const votes = answer?.group?.votes;
  return votes && totalOf(votes) > 0 ? Object.fromEntries(Object.entries(votes).filter(([, n]) => n > 0)) : undefined;
}

/** Sums people per option over many answers (e.g. an audit's respondents, or a session's participants). */
export function sumPeople(parts: readonly (PeopleCounts | undefined)[]): PeopleCounts {
  const counts: Record<string, number> = {};
  let people = 0;
  for (const part of parts) {
    if (!part) continue;
    people += part.people;
    for (const [id, n] of Object.entries(part.counts)) counts[id] = (counts[id] ?? 0) + n;
  }
  return { counts, people };
}
