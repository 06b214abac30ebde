import { describe, expect, it } from 'vitest';
import { ratingDistribution, scalePoints } from './distribution';

describe('rating distribution', () => {
  const scale = { min: 1, max: 5 } as const;

  it('counts people per point with mean and median', () => {
    const d = ratingDistribution(scale, { '2': 1, '4': 3, '5': 1 });
    expect(d.counts).toEqual([0, 1, 0, 3, 1]);
    expect(d.total).toBe(5);
    expect(d.mean).toBeCloseTo(3.8);
    expect(d.median).toBe(4);
  });

  it('takes the middle of the two central ratings for an even count', () => {
    expect(ratingDistribution(scale, { '2': 2, '3': 2 }).median).toBe(2.5);
    expect(ratingDistribution({ min: 0, max: 3 }, { '0': 1, '3': 1 }).median).toBe(1.5);
  });

  it('has no mean or median when nobody rated, and ignores points off the scale', () => {
    const d = ratingDistribution(scale, { '9': 4 });
    expect(d).toEqual({ min: 1, max: 5, counts: [0, 0, 0, 0, 0], total: 0 });
    expect(scalePoints({ min: 0, max: 2 })).toEqual([0, 1, 2]);
  });
});
