/** People (a show of hands) or dots (a dot vote) per option id, or per scale point as a string. */
export type Counts = Readonly<Record<string, number>>;

/** The most one option can count: the same bound as stored group answers. */
export const MAX_COUNT = 100_000;

function clamp(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(MAX_COUNT, Math.max(0, Math.round(n)));
}

export function countOf(counts: Counts | undefined, id: string): number {
  const n = counts && Object.prototype.hasOwnProperty.call(counts, id) ? counts[id] : undefined;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

/** A copy with one count set (whole, 0..MAX_COUNT); zeros are left out so empty tallies stay empty. */
export function setCount(counts: Counts | undefined, id: string, n: number): Record<string, number> {
  const next: Record<string, number> = {};
  for (const [key, value] of Object.entries(counts ?? {})) if (key !== id && value > 0) next[key] = value;
  const value = clamp(n);
  if (value > 0) next[id] = value;
  return next;
}

/** One more (or fewer) hand or dot; never below zero. */
export function addToCount(counts: Counts | undefined, id: string, delta: number): Record<string, number> {
  return setCount(counts, id, countOf(counts, id) + delta);
}

export function totalOf(counts: Counts | undefined): number {
  return Object.values(counts ?? {}).reduce((sum, n) => sum + (Number.isFinite(n) && n > 0 ? n : 0), 0);
}

/** The counts of known options only, in their order, with zeros where nobody counted. */
export function countsFor(counts: Counts | undefined, ids: readonly string[]): { id: string; count: number }[] {
  return ids.map((id) => ({ id, count: countOf(counts, id) }));
}

/** The one option with the highest count above zero; undefined when nobody counted or on a tie. */
export function uniqueLeader(counts: Counts | undefined, ids: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  let tie = false;
  for (const { id, count } of countsFor(counts, ids)) {
    if (count > bestCount) {
      best = id;
      bestCount = count;
      tie = false;
    } else if (count === bestCount && count > 0) tie = true;
  }
  return tie ? undefined : best;
}
