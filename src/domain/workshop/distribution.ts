import type { Scale } from '../template/item-schema';
import { countOf, type Counts } from './counts';

/** A rating tally as a distribution over the scale's points. */
export interface RatingDistribution {
  min: number;
  max: number;
  /** `counts[i]` is the people choosing the point `min + i`. */
  counts: number[];
  total: number;
  /** Absent when nobody rated. */
  mean?: number;
  median?: number;
}

/** Tallies of a rating are kept per scale point, the point written as a string. */
export function scalePointKey(point: number): string {
  return String(point);
}

export function scalePoints(scale: Pick<Scale, 'min' | 'max'>): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
}

/** Counts per point, mean, and median (the mean of the two middle ratings when the count is even). */
export function ratingDistribution(scale: Pick<Scale, 'min' | 'max'>, tally: Counts | undefined): RatingDistribution {
  const points = scalePoints(scale);
  const counts = points.map((p) => countOf(tally, scalePointKey(p)));
  const total = counts.reduce((a, b) => a + b, 0);
  const distribution: RatingDistribution = { min: scale.min, max: scale.max, counts, total };
  if (total === 0) return distribution;
  distribution.mean = points.reduce((sum, p, i) => sum + p * (counts[i] ?? 0), 0) / total;
  const at = (position: number): number => {
    let seen = 0;
    for (const [i, p] of points.entries()) {
      seen += counts[i] ?? 0;
      if (seen > position) return p;
    }
    return scale.max;
  };
  distribution.median = total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
  return distribution;
}
