import type { MultiChoiceItem, SingleChoiceItem } from '../template/item-schema';
import { countsFor, type Counts } from './counts';

/** Dots each person places when the question does not say (three is the common practice). */
export const DEFAULT_DOTS_PER_PERSON = 3;

export interface RankedOption {
  id: string;
  votes: number;
  /** 1-based; tied options share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/** Options ranked by dots, most first; ties keep the options' own order. */
export function rankByVotes(votes: Counts | undefined, ids: readonly string[]): RankedOption[] {
  const sorted = countsFor(votes, ids)
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order);
  const ranked: RankedOption[] = [];
  sorted.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.votes === entry.count ? previous.rank : i + 1;
    ranked.push({ id: entry.id, votes: entry.count, rank });
  });
  return ranked;
}

/**
 * The options that are surely among the first `limit` by dots: options with no dots never
 * are, and options tied across the cut are left for the group to decide.
 */
export function topByVotes(votes: Counts | undefined, ids: readonly string[], limit: number): string[] {
  const ranked = rankByVotes(votes, ids).filter((r) => r.votes > 0);
  return ranked.filter((r) => ranked.filter((other) => other.votes >= r.votes).length <= limit).map((r) => r.id);
}

/** Dots per person: as many as the question lets one person choose, else the default. */
export function dotsPerPerson(item: SingleChoiceItem | MultiChoiceItem | { type: 'yes-no' }): number {
  if (item.type === 'single-choice' || item.type === 'yes-no') return 1;
  return item.maxSelected ?? DEFAULT_DOTS_PER_PERSON;
}

/** All the dots the people present can place. */
export function dotBudget(participants: number | undefined, perPerson: number): number {
  return participants && participants > 0 ? participants * perPerson : 0;
}
