import type { Band } from './findings';

/** Small counts identify people: the report's rule is to show them only as "fewer than N". */
export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;

/**
 * A count as it may be shown. 0 stays exact: "nobody" identifies nobody, and hiding it
 * would hide real gaps. Values from just above 0 up to the threshold are banded; a
 * fractional value (a mean of counts) is banded the same way.
 */
export function bandCount(value: number, threshold: number = DEFAULT_SMALL_COUNT_THRESHOLD): Band {
  if (value > 0 && value < threshold) return { kind: 'fewer-than', threshold };
  return { kind: 'exact', value };
}

/** A weight rounded for display: weights are whole people, but sums of floats drift. */
export function bandPeople(value: number, threshold: number): Band {
  return bandCount(Math.round(value * 1000) / 1000, threshold);
}
