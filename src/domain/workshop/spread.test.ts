import { describe, expect, it } from 'vitest';
import { daySpread, numberSpread } from './spread';

describe('spread of private answers', () => {
  it('gives the middle number and the range from five answers on', () => {
    expect(numberSpread([4, 1, 9, 2])).toBeUndefined();
    expect(numberSpread([40, 3, 12, 7, 12])).toEqual({ count: 5, median: 12, low: 3, high: 40 });
    expect(numberSpread([1, 2, 3, 4, 5, 6])).toEqual({ count: 6, median: 3.5, low: 1, high: 6 });
    expect(numberSpread([])).toBeUndefined();
  });

  it('gives the middle day and the first and last, from five answers on', () => {
    expect(daySpread(['2026-03-02', '2026-01-15', '2026-02-01', '2026-05-30'])).toBeUndefined();
    expect(daySpread(['2026-03-02', '2026-01-15', '2026-02-01', '2026-05-30', '2026-02-20', '2026-04-01'])).toEqual({ count: 6, median: '2026-02-20', low: '2026-01-15', high: '2026-05-30' });
  });
});
