import { SMALL_COUNT_THRESHOLD } from './band';

/** Numbers or days answered privately, summed up for the room: the middle one and the range. */
export interface Spread<T> {
  count: number;
  median: T;
  low: T;
  high: T;
}

/**
 * The middle answer and the range of answers given privately, or undefined under the
 * small-count threshold: with fewer people the lowest or highest answer may point to
 * who gave it. Numbers take the mean of the two middle ones when the count is even;
 * days (YYYY-MM-DD) take the earlier of the two.
 */
export function numberSpread(values: readonly number[], threshold = SMALL_COUNT_THRESHOLD): Spread<number> | undefined {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0 || n < threshold) return undefined;
  const mid = n >> 1;
  const median = n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { count: n, median, low: sorted[0] as number, high: sorted[n - 1] as number };
}

export function daySpread(values: readonly string[], threshold = SMALL_COUNT_THRESHOLD): Spread<string> | undefined {
  const sorted = [...values].sort();
  const n = sorted.length;
  if (n === 0 || n < threshold) return undefined;
  return { count: n, median: sorted[(n - 1) >> 1] as string, low: sorted[0] as string, high: sorted[n - 1] as string };
}
