import { countsFor, totalOf, type Counts } from './counts';

/**
 * What a tally can get wrong against the people present. `one`: each person raises a hand
 * for one option at most (single choice, yes/no, a rating); `many`: a hand per option.
 */
export type TallyProblem =
  | { code: 'more-hands-than-people'; total: number; participants: number }
  | { code: 'option-over-people'; option: string; count: number; participants: number }
  | { code: 'more-dots-than-budget'; total: number; budget: number };

export function tallyProblems(kind: 'one' | 'many', tally: Counts | undefined, ids: readonly string[], participants: number | undefined): TallyProblem[] {
  if (!participants || participants < 1) return [];
  if (kind === 'one') {
    const total = totalOf(tally);
    return total > participants ? [{ code: 'more-hands-than-people', total, participants }] : [];
  }
  return countsFor(tally, ids)
    .filter(({ count }) => count > participants)
    .map(({ id, count }) => ({ code: 'option-over-people' as const, option: id, count, participants }));
}

/** Dots placed beyond what the people present were given. */
export function voteProblems(votes: Counts | undefined, budget: number): TallyProblem[] {
  const total = totalOf(votes);
  return budget > 0 && total > budget ? [{ code: 'more-dots-than-budget', total, budget }] : [];
}
