import { describe, expect, it } from 'vitest';
import type { Band, SubjectRef, SubjectScore } from '../domain/runtime';
import { bandValue, concernSeries, histogramSeries, niceMax, presenceSeries } from './chart-series';

const exact = (value: number): Band => ({ kind: 'exact', value });
const few: Band = { kind: 'fewer-than', threshold: 5 };
const group = (id: string): SubjectRef => ({ dimension: 'group', id, label: { kind: 'plain', text: id } });
const score = (id: string, rank: number, concern?: number): SubjectScore => ({
  subject: group(id),
  rank,
  mentions: exact(3),
  ...(concern === undefined ? {} : { concern }),
  concernRatings: exact(3),
  priorityVotes: exact(0),
});

describe('chart series', () => {
  it('draws concern as an index from 0 to 100, in rank order, leaving out unrated subjects', () => {
    const series = concernSeries([score('a', 1, 0.853), score('b', 2), score('c', 3, 0.4)]);
    expect(series).toMatchObject({ measure: 'concern', min: 0, max: 100 });
    expect(series.points.map((p) => [p.id, p.value])).toEqual([['a', 85.3], ['c', 40]]);
  });

  it('says how many subjects a chart leaves out beyond its first dozen', () => {
    const thirteen = Array.from({ length: 13 }, (_, i) => score(`g${i}`, i + 1, 0.9 - i / 20));
    expect(concernSeries(thirteen).points).toHaveLength(12);
    expect(concernSeries(thirteen).omitted).toBe(1);
    expect(concernSeries(thirteen.slice(0, 12)).omitted).toBeUndefined();
  });

  it('draws a banded count to its threshold and keeps the band for the label', () => {
    const series = presenceSeries([{ subject: group('a'), people: exact(12) }, { subject: group('b'), people: few }, { subject: group('c'), people: exact(0) }]);
    expect(series.points.map((p) => [p.id, p.value, p.band])).toEqual([['a', 12, exact(12)], ['b', 5, few]]);
    expect(series.max).toBe(20);
  });

  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.4, 3, 7, 12, 49, 51, 100].map(niceMax)).toEqual([1, 0.5, 5, 10, 20, 50, 100, 100]);
    expect(bandValue(few)).toBe(5);
  });

  it('counts each point of a scale', () => {
    const series = histogramSeries({ min: 1, max: 3, histogram: [exact(0), few, exact(7)], mean: 2.6 });
    expect(series.points.map((p) => [p.id, p.value])).toEqual([['1', 0], ['2', 5], ['3', 7]]);
  });
});
