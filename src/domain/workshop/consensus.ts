import type { Answer, AnswerValue, GroupAnswer } from '../answers/answer';
import type { FieldItem, Item } from '../template/item-schema';
import { countsFor, totalOf, uniqueLeader, type Counts } from './counts';
import { scalePointKey, scalePoints } from './distribution';
import { topByVotes } from './votes';

/** An option as tallies see it: its id, and whether it excludes the others ("None of these"). */
export interface TallyOption {
  id: string;
  exclusive?: boolean;
}

const YES_NO: readonly TallyOption[] = [{ id: 'yes' }, { id: 'no' }];

/** What a group counts on for an item: its options, yes and no, or the points of its scale. */
export function tallyOptions(item: Item | FieldItem, options: readonly TallyOption[]): readonly TallyOption[] {
  if (item.type === 'yes-no') return YES_NO;
  if (item.type === 'rating') return scalePoints(item.scale).map((p) => ({ id: scalePointKey(p) }));
  if (item.type === 'single-choice' || item.type === 'multi-choice') return options;
  return [];
}

function hasCounts(counts: Counts | undefined): counts is Counts {
  return totalOf(counts) > 0;
}

function manyChosen(counts: Counts, options: readonly TallyOption[], limit: number | undefined): string[] | undefined {
  const ids = options.map((o) => o.id);
  let chosen = limit === undefined ? countsFor(counts, ids).filter((c) => c.count > 0).map((c) => c.id) : topByVotes(counts, ids, limit);
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.id));
  if (chosen.some((id) => !exclusive.has(id))) chosen = chosen.filter((id) => !exclusive.has(id));
  else if (chosen.length > 1) chosen = [];
  return chosen.length ? chosen : undefined;
}

/**
 * The answer the counts point to, offered as the group's consensus: the option (or scale
 * point) with the most hands or dots; for several choices, every option with hands, or the
 * first ones by dots up to the question's limit. Undefined on a tie: the group decides.
 */
export function suggestConsensus(item: Item | FieldItem, group: GroupAnswer | undefined, options: readonly TallyOption[]): AnswerValue | undefined {
  const counts = hasCounts(group?.votes) ? group.votes : hasCounts(group?.tally) ? group.tally : undefined;
  if (!counts) return undefined;
  const offered = tallyOptions(item, options);
  switch (item.type) {
    case 'single-choice':
    case 'yes-no':
      return uniqueLeader(counts, offered.map((o) => o.id));
    case 'rating': {
      const point = uniqueLeader(counts, offered.map((o) => o.id));
      return point === undefined ? undefined : Number(point);
    }
    case 'multi-choice': {
      // Dots rank options, so they always cut at the limit; hands name every option raised for.
      const byDots = counts === group?.votes;
      return manyChosen(counts, offered, byDots ? (item.maxSelected ?? offered.length) : item.maxSelected);
    }
    default:
      return undefined;
  }
}

function sameValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A group answer without empty parts: zero counts, blank contributions and dissent go. */
export function cleanGroup(group: GroupAnswer | undefined): GroupAnswer | undefined {
  if (!group) return undefined;
  const out: GroupAnswer = {};
  const keep = (counts: Counts | undefined) => {
    const kept = Object.fromEntries(Object.entries(counts ?? {}).filter(([, n]) => n > 0));
    return Object.keys(kept).length ? kept : undefined;
  };
  const tally = keep(group.tally);
  const votes = keep(group.votes);
  const contributions = group.contributions?.map((c) => c.trim()).filter((c) => c.length > 0);
  if (tally) out.tally = tally;
  if (votes) out.votes = votes;
  if (contributions?.length) out.contributions = contributions;
  if (group.dissent?.trim()) out.dissent = group.dissent;
  return Object.keys(out).length ? out : undefined;
}

/**
 * The answer after the group's counts change. The consensus value follows the counts for as
 * long as it agrees with them; once the facilitator records another answer, it stays.
 */
export function applyGroup(item: Item | FieldItem, answer: Answer | undefined, group: GroupAnswer | undefined, options: readonly TallyOption[]): Answer | undefined {
  const before = suggestConsensus(item, answer?.group, options);
  const after = suggestConsensus(item, group, options);
  const follows = answer?.value === undefined || sameValue(answer.value, before);
  const next: Answer = { ...answer };
  delete next.group;
  delete next.value;
  const cleaned = cleanGroup(group);
  const value = follows ? after : answer?.value;
  if (value !== undefined) next.value = value;
  if (cleaned) next.group = cleaned;
  // Counts are an answer: "don't know" no longer stands in for one.
  if (cleaned?.tally || cleaned?.votes) delete next.special;
  return Object.keys(next).length ? next : undefined;
}
