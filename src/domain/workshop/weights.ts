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

/** A respondent is one person; a workshop group is the people present (one when unknown). */
export function respondentWeight(respondent: { type: string; participants?: number }): number {
  return respondent.type === 'workshop' && respondent.participants && respondent.participants > 0 ? respondent.participants : 1;
}

const COUNTED = new Set(['single-choice', 'multi-choice', 'yes-no', 'rating']);

/**
 * People behind a choice or rating answer. A show of hands counts the hands: for one
 * choice (or a rating) the people who raised one, for several choices the people present.
 * Without a tally, the answer's value counts `weight` people: 1 for a person, the
 * participants for a group's consensus. "Don't know" and empty answers weigh nothing here.
 */
export function answerPeople(item: Item | FieldItem, answer: Answer | undefined, weight = 1): PeopleCounts | undefined {
  if (!answer || answer.special || !COUNTED.has(item.type)) return undefined;
  const tally = answer.group?.tally;
  if (tally && totalOf(tally) > 0) {
    const counts = Object.fromEntries(Object.entries(tally).filter(([, n]) => n > 0));
    const people = item.type === 'multi-choice' ? Math.max(weight, ...Object.values(counts)) : totalOf(counts);
    return { counts, people };
  }
  const value = answer.value;
  const ids = Array.isArray(value) ? value : typeof value === 'string' ? [value] : typeof value === 'number' ? [scalePointKey(value)] : [];
  if (ids.length === 0) return undefined;
  return { counts: Object.fromEntries(ids.map((id) => [id, weight])), people: weight };
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
