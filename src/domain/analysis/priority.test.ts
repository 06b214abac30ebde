import { describe, expect, it } from 'vitest';
import type { GapCandidate } from './gaps';
import { CAPACITY_FLOOR, rankGaps, scoreGap } from './priority';

const settings = { evidenceTarget: 3, defaultCapacity: 0.5 };
const gap = (id: string, more: Partial<GapCandidate> = {}): GapCandidate => ({ id, kind: 'named', support: 3, defaultConcern: 0.5, ...more });

describe('scoreGap', () => {
  it('multiplies concern, evidence and capacity, and shows each part', () => {
    const score = scoreGap(gap('g', { concern: 0.8, support: 6 }), { ...settings, confidence: 1, generalCapacity: 0.5 });
    expect(score).toEqual({
      concern: 0.8,
      evidence: 1,
      capacity: 0.5,
      value: 40,
      formula: 'concern-x-evidence-x-capacity@1',
      basis: { concernSource: 'measured', support: 6, supportTarget: 3, confidence: 1, capacityMean: 0.5 },
    });
  });

  it('grows evidence with support up to the target, weighted by data-source confidence', () => {
    expect(scoreGap(gap('g', { support: 1 }), { ...settings, confidence: 1 }).evidence).toBe(0.333);
    expect(scoreGap(gap('g', { support: 3 }), { ...settings, confidence: 0 }).evidence).toBe(0.5);
    // Unknown confidence counts as the middle: 0.5 + 0.5 x 0.5.
    expect(scoreGap(gap('g', { support: 3 }), settings).evidence).toBe(0.75);
  });

  it('uses the default concern and capacity when nothing was measured, and says so', () => {
    const score = scoreGap(gap('g'), settings);
    expect(score.concern).toBe(0.5);
    expect(score.capacity).toBe(0.5);
    expect(score.basis.concernSource).toBe('default');
    expect(score.basis.capacityMean).toBeUndefined();
  });

  it('averages community and subject capacity, never below the floor', () => {
    expect(scoreGap(gap('g', { subjectCapacity: 1 }), { ...settings, generalCapacity: 0.5 }).capacity).toBe(0.75);
    expect(scoreGap(gap('g'), { ...settings, generalCapacity: 0 }).capacity).toBe(CAPACITY_FLOOR);
  });

  it('computes the value from the rounded parts shown', () => {
    const s = scoreGap(gap('g', { concern: 2 / 3, support: 2 }), { ...settings, confidence: 0.7, generalCapacity: 0.61 });
    expect(s.value).toBe(Math.round(100 * s.concern * s.evidence * s.capacity));
  });
});

describe('rankGaps', () => {
  const candidates = [gap('low', { concern: 0.2 }), gap('high', { concern: 1 }), gap('mid', { concern: 0.6 })];

  it('ranks by computed score when nobody overrode', () => {
    const { gaps } = rankGaps(candidates, settings, [], 5);
    expect(gaps.map((g) => [g.id, g.rank])).toEqual([['high', 1], ['mid', 2], ['low', 3]]);
    expect(gaps.every((g) => g.effectiveScore === g.score.value)).toBe(true);
  });

  it('re-ranks with an override and keeps the reason beside the computed score', () => {
    const { gaps } = rankGaps(candidates, settings, [{ gapId: 'low', score: 99, reason: 'The council funds this now', at: 1 }], 5);
    expect(gaps[0]).toMatchObject({ id: 'low', rank: 1, effectiveScore: 99, override: { score: 99, reason: 'The council funds this now', at: 1 } });
    expect(gaps[0]?.score.value).toBeLessThan(99);
  });

  it('keeps the latest decision per gap and reports overrides that match no gap', () => {
    const { gaps, unmatched } = rankGaps(candidates, settings, [
      { gapId: 'mid', score: 10, reason: 'first', at: 1 },
      { gapId: 'mid', score: 80, reason: 'second thoughts', at: 2 },
      { gapId: 'gone', score: 50, reason: 'old gap', at: 1 },
    ], 5);
    expect(gaps.find((g) => g.id === 'mid')?.override?.reason).toBe('second thoughts');
    expect(unmatched).toEqual(['gone']);
  });

  it('bands support like any count of people', () => {
    const { gaps } = rankGaps([gap('g', { support: 2 })], settings, [], 5);
    expect(gaps[0]?.support).toEqual({ kind: 'fewer-than', threshold: 5 });
  });
});
