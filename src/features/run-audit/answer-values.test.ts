import { describe, expect, it } from 'vitest';
import { groupRecord, normalizeAnswer } from './answer-values';

describe('normalizeAnswer', () => {
  it('removes an answer with nothing left in it', () => {
    expect(normalizeAnswer({ value: '  ', other: ' ' })).toBeUndefined();
    expect(normalizeAnswer({ value: [], group: { tally: { a: 0 }, contributions: [' '] } })).toBeUndefined();
  });

  it('keeps what a workshop recorded when the questionnaire changes the answer', () => {
    const group = { tally: { '4': 5, '5': 7 }, dissent: 'Two people disagreed' };
    expect(normalizeAnswer({ value: 4, group })).toEqual({ value: 4, group });
    // Clearing the consensus value leaves the room's counts in place.
    expect(normalizeAnswer({ value: undefined, group })).toEqual({ group });
  });

  it('keeps contributions, dots and a dissent on its own', () => {
    expect(normalizeAnswer({ value: 'summary', group: { contributions: ['More shelters'] } })?.group).toEqual({ contributions: ['More shelters'] });
    expect(normalizeAnswer({ group: { votes: { a: 3 } } })).toEqual({ group: { votes: { a: 3 } } });
    expect(normalizeAnswer({ group: { dissent: 'Not everyone agreed' } })).toEqual({ group: { dissent: 'Not everyone agreed' } });
  });
});

describe('groupRecord', () => {
  it('is undefined for an empty record', () => {
    expect(groupRecord(undefined)).toBeUndefined();
    expect(groupRecord({ tally: { a: 0 }, votes: {}, contributions: [''], dissent: ' ' })).toBeUndefined();
  });
});
