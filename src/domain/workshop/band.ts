import type { Band } from '../analysis/findings';

/** The small-count threshold analysis uses by default: counts of 1 to 4 are shown as "fewer than 5". */
export const SMALL_COUNT_THRESHOLD = 5;

/**
 * A count as the room may see it, with the same rule as the audit's analysis: 0 and counts
 * at or above the threshold are exact, anything between is "fewer than" the threshold.
 */
export function bandCount(count: number, threshold: number = SMALL_COUNT_THRESHOLD): Band {
  return count > 0 && count < threshold ? { kind: 'fewer-than', threshold } : { kind: 'exact', value: count };
}
