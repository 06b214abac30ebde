import type { Answer, GroupAnswer } from '../../src/domain';

/**
 * Workshop answers as a facilitator records them: hands or dots per option (in the
 * options' own order) and, as the group's consensus `value`, what the counts point to,
 * the same rule the app suggests: the option or scale point with most hands; for several
 * choices every option that got hands, or the first ones by dots up to the limit.
 * Options nobody chose are left out of the counts, as the app stores them.
 */
export type Counts = Readonly<Record<string, number>>;

function leader(counts: Counts): string {
  const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  if (!first || (second && second[1] === first[1])) throw new Error(`no single leader in ${JSON.stringify(counts)}: the group would have to decide`);
  return first[0];
}

const extras = (group: GroupAnswer, dissent?: string): GroupAnswer => (dissent ? { ...group, dissent } : group);

/** A show of hands where each person may raise a hand for several options. */
export function handsForMany(tally: Counts, dissent?: string): Answer {
  return { value: Object.keys(tally), group: extras({ tally }, dissent) };
}

/** A show of hands where each person raises one hand. */
export function handsForOne(tally: Counts, dissent?: string): Answer {
  return { value: leader(tally), group: extras({ tally }, dissent) };
}

/** Hands per point of a rating scale; the point is the key, written as a string. */
export function ratingHands(tally: Counts, dissent?: string): Answer {
  return { value: Number(leader(tally)), group: extras({ tally }, dissent) };
}

/** An anonymous dot vote; the consensus is the `limit` options with most dots (no tie at the cut). */
export function dotVote(votes: Counts, limit: number): Answer {
  const ranked = Object.entries(votes).sort((a, b) => b[1] - a[1]);
  const cut = ranked[limit - 1]?.[1];
  if (cut !== undefined && ranked[limit]?.[1] === cut) throw new Error(`dot vote tied at the cut: ${JSON.stringify(votes)}`);
  const chosen = new Set(ranked.slice(0, limit).map(([id]) => id));
  return { value: Object.keys(votes).filter((id) => chosen.has(id)), group: { votes } };
}

/** Short contributions to an open question, with the facilitator's summary when one was written. */
export function contributions(list: string[], summary?: string): Answer {
  return summary ? { value: summary, group: { contributions: list } } : { group: { contributions: list } };
}
