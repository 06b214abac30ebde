import { describe, expect, it } from 'vitest';
import { dotBudget, dotsPerPerson, rankByVotes, topByVotes } from './votes';

describe('dot votes', () => {
  const ids = ['housing', 'training', 'online', 'jobs'];

  it('ranks options by dots with shared ranks for ties, in option order', () => {
    expect(rankByVotes({ training: 7, online: 7, jobs: 2 }, ids)).toEqual([
      { id: 'training', votes: 7, rank: 1 },
      { id: 'online', votes: 7, rank: 1 },
      { id: 'jobs', votes: 2, rank: 3 },
      { id: 'housing', votes: 0, rank: 4 },
    ]);
  });

  it('takes the first options up to a limit, leaving ties across the cut to the group', () => {
    expect(topByVotes({ housing: 9, training: 7, online: 3, jobs: 1 }, ids, 2)).toEqual(['housing', 'training']);
    expect(topByVotes({ housing: 9, training: 3, online: 3 }, ids, 2)).toEqual(['housing']);
    expect(topByVotes({ housing: 4 }, ids, 3)).toEqual(['housing']);
    expect(topByVotes({}, ids, 3)).toEqual([]);
  });

  it('gives each person as many dots as choices allowed, and a budget for the room', () => {
    expect(dotsPerPerson({ type: 'multi-choice', id: 'p', label: { en: 'P' }, options: [{ id: 'a', label: { en: 'A' } }], maxSelected: 2 })).toBe(2);
    expect(dotsPerPerson({ type: 'multi-choice', id: 'p', label: { en: 'P' }, options: [{ id: 'a', label: { en: 'A' } }] })).toBe(3);
    expect(dotsPerPerson({ type: 'yes-no' })).toBe(1);
    expect(dotBudget(12, 3)).toBe(36);
    expect(dotBudget(undefined, 3)).toBe(0);
  });
});
