import { bandCount } from './band';
import type { NumberStats, ScaleStats } from './findings';

/** A histogram over the points min..max of a scale; weights are people. */
export interface Histogram {
  min: number;
  max: number;
  weights: number[];
}

export function emptyHistogram(min: number, max: number): Histogram {
  return { min, max, weights: new Array<number>(Math.max(0, max - min + 1)).fill(0) };
}

export function addToHistogram(histogram: Histogram, point: number, weight: number): void {
  const i = Math.round(point) - histogram.min;
  if (i >= 0 && i < histogram.weights.length) histogram.weights[i] = (histogram.weights[i] ?? 0) + weight;
}

/** Median of a weighted histogram: the lowest point with half the weight at or below it. */
function histogramMedian(histogram: Histogram, total: number): number {
  let seen = 0;
  for (let i = 0; i < histogram.weights.length; i++) {
    seen += histogram.weights[i] ?? 0;
    if (seen >= total / 2) return histogram.min + i;
  }
  return histogram.max;
}

export function scaleStats(histogram: Histogram, threshold: number): ScaleStats {
  let total = 0;
  let sum = 0;
  histogram.weights.forEach((w, i) => {
    total += w;
    sum += w * (histogram.min + i);
  });
  const stats: ScaleStats = { min: histogram.min, max: histogram.max, histogram: histogram.weights.map((w) => bandCount(w, threshold)) };
  if (total > 0) {
    stats.mean = sum / total;
    stats.median = histogramMedian(histogram, total);
  }
  return stats;
}

export function median(sorted: readonly number[]): number | undefined {
  if (!sorted.length) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Number answers. When they count people or cases, the mean and median are banded too:
 * with one respondent, an exact mean of 2 would be their answer of 2.
 */
export function numberStats(values: readonly number[], banded: boolean, threshold: number): NumberStats {
  const sorted = [...values].sort((a, b) => a - b);
  const show = (n: number) => (banded ? bandCount(n, threshold) : { kind: 'exact' as const, value: n });
  const stats: NumberStats = { banded, count: bandCount(values.length, threshold) };
  const middle = median(sorted);
  if (middle !== undefined) {
    stats.mean = show(sorted.reduce((a, b) => a + b, 0) / sorted.length);
    stats.median = show(middle);
  }
  return stats;
}
