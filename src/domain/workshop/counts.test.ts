import { describe, expect, it } from 'vitest';
import { addToCount, countOf, countsFor, setCount, totalOf, uniqueLeader } from './counts';
import { tallyProblems, voteProblems } from './tally-check';

describe('tally arithmetic', () => {
  it('adds and removes hands, never below zero, and drops options back to nobody', () => {
    let tally = addToCount(undefined, 'youth', 1);
    tally = addToCount(tally, 'youth', 1);
    tally = addToCount(tally, 'workers', 3);
    expect(tally).toEqual({ youth: 2, workers: 3 });
    tally = addToCount(tally, 'workers', -5);
    expect(tally).toEqual({ youth: 2 });
    expect(countOf(tally, 'workers')).toBe(0);
    expect(totalOf(tally)).toBe(2);
  });

  it('takes typed counts as whole numbers within bounds', () => {
    expect(setCount({ a: 1 }, 'b', 7.6)).toEqual({ a: 1, b: 8 });
    expect(setCount({ a: 1 }, 'a', -3)).toEqual({});
    expect(setCount(undefined, 'a', Number.NaN)).toEqual({});
    expect(setCount(undefined, 'a', 1e9)).toEqual({ a: 100_000 });
  });

  it('lists counts in option order and finds a single leader, not a tie', () => {
    expect(countsFor({ b: 2 }, ['a', 'b'])).toEqual([{ id: 'a', count: 0 }, { id: 'b', count: 2 }]);
    expect(uniqueLeader({ a: 2, b: 5 }, ['a', 'b'])).toBe('b');
    expect(uniqueLeader({ a: 5, b: 5 }, ['a', 'b'])).toBeUndefined();
    expect(uniqueLeader({}, ['a', 'b'])).toBeUndefined();
    expect(uniqueLeader({ gone: 9, a: 1 }, ['a', 'b'])).toBe('a');
  });

  it('flags more hands than people present', () => {
    expect(tallyProblems('one', { a: 6, b: 5 }, ['a', 'b'], 10)).toEqual([{ code: 'more-hands-than-people', total: 11, participants: 10 }]);
    expect(tallyProblems('one', { a: 6, b: 4 }, ['a', 'b'], 10)).toEqual([]);
    expect(tallyProblems('many', { a: 10, b: 11 }, ['a', 'b'], 10)).toEqual([{ code: 'option-over-people', option: 'b', count: 11, participants: 10 }]);
    expect(tallyProblems('one', { a: 60 }, ['a'], undefined)).toEqual([]);
    expect(voteProblems({ a: 20, b: 11 }, 30)).toEqual([{ code: 'more-dots-than-budget', total: 31, budget: 30 }]);
    expect(voteProblems({ a: 20 }, 30)).toEqual([]);
  });
});
