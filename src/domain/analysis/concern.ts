import { DIMENSIONS, type Dimension } from '../template/analysis-role';
import { bandCount } from './band';
import type { ConcernSummary, SubjectCount, SubjectScore, TrendDirection } from './findings';
import { meanBy, peopleBy, votesBy, type ObservationIndex, type WeightedMean } from './observation';
import type { SubjectBook } from './subjects';

export const CONCERN_DIMENSIONS = ['group', 'sector', 'area', 'trafficking-form', 'vulnerability-factor'] as const satisfies readonly (keyof ConcernSummary)[];
export type ConcernDimension = (typeof CONCERN_DIMENSIONS)[number];

const TRENDS = ['decreasing', 'stable', 'increasing'] as const;
/** Prevalence answered by ticking subjects rather than choosing a count band. */
const REPORTED = 'reported';

/** Unbanded facts about the subjects of one dimension; gaps and coverage work from these. */
export interface SubjectFacts {
  ids: string[];
  mentions: Map<string, number>;
  concern: Map<string, WeightedMean>;
  priority: Map<string, number>;
}

const bySubject = (o: { subject?: string }) => o.subject;

export function subjectFacts(index: ObservationIndex, dimension: Dimension): SubjectFacts {
  const mentions = peopleBy(index.select('presence', dimension), bySubject);
  const concern = meanBy(index.select('concern', dimension), bySubject);
  const priorityObservations = index.select('priority', dimension);
  const priority = peopleBy(priorityObservations, bySubject);
  // A dot is one vote, like one person's tick: both say "this first".
  for (const [id, dots] of votesBy(priorityObservations, bySubject)) priority.set(id, (priority.get(id) ?? 0) + dots);
  const ids = new Set<string>([...mentions.keys(), ...concern.keys(), ...priority.keys()]);
  for (const measure of ['prevalence', 'trend'] as const) for (const o of index.select(measure, dimension)) if (o.subject) ids.add(o.subject);
  return { ids: [...ids], mentions, concern, priority };
}

function trendOf(index: ObservationIndex, dimension: Dimension, threshold: number): Map<string, NonNullable<SubjectScore['trend']>> {
  const people = peopleBy(index.select('trend', dimension), (o) => (o.subject && o.column ? `${o.subject}\n${o.column}` : undefined));
  const result = new Map<string, NonNullable<SubjectScore['trend']>>();
  const ids = new Set([...people.keys()].map((k) => k.split('\n')[0] ?? ''));
  for (const id of ids) {
    const [decreasing, stable, increasing] = TRENDS.map((t) => people.get(`${id}\n${t}`) ?? 0) as [number, number, number];
    const total = decreasing + stable + increasing;
    if (total === 0) continue;
    // A direction only when most people agree; otherwise say so rather than pick one.
    const direction: TrendDirection = increasing > total / 2 ? 'increasing' : decreasing > total / 2 ? 'decreasing' : stable > total / 2 ? 'stable' : 'mixed';
    result.set(id, { decreasing: bandCount(decreasing, threshold), stable: bandCount(stable, threshold), increasing: bandCount(increasing, threshold), direction });
  }
  return result;
}

function prevalenceOf(index: ObservationIndex, dimension: Dimension, threshold: number): Map<string, NonNullable<SubjectScore['prevalence']>> {
  const observations = index.select('prevalence', dimension);
  const people = peopleBy(observations, (o) => (o.subject ? `${o.subject}\n${o.column ?? REPORTED}` : undefined));
  const order = new Map<string, number>();
  for (const o of observations) if (o.column && o.columnOrder !== undefined) order.set(o.column, o.columnOrder);
  const result = new Map<string, NonNullable<SubjectScore['prevalence']>>();
  for (const [key, n] of people) {
    const [id = '', column = REPORTED] = key.split('\n');
    const entry = result.get(id) ?? { counts: {} };
    entry.counts[column] = bandCount(n, threshold);
    const rank = order.get(column);
    if (rank !== undefined && (entry.highest === undefined || rank > (order.get(entry.highest) ?? -1))) entry.highest = column;
    result.set(id, entry);
  }
  return result;
}

/** Subjects ranked: most concerning first, then most mentioned, then most prioritised. */
export function rankSubjects(index: ObservationIndex, dimension: ConcernDimension, facts: SubjectFacts, book: SubjectBook, threshold: number): SubjectScore[] {
  const trends = trendOf(index, dimension, threshold);
  const prevalence = prevalenceOf(index, dimension, threshold);
  const sortKey = (id: string) => [facts.concern.get(id)?.mean ?? -1, facts.mentions.get(id) ?? 0, facts.priority.get(id) ?? 0] as const;
  return [...facts.ids]
    .sort((a, b) => {
      const [ka, kb] = [sortKey(a), sortKey(b)];
      return kb[0] - ka[0] || kb[1] - ka[1] || kb[2] - ka[2] || book.order(dimension, a) - book.order(dimension, b) || a.localeCompare(b);
    })
    .map((id, i): SubjectScore => {
      const concern = facts.concern.get(id);
      const score: SubjectScore = {
        subject: book.ref(dimension, id),
        rank: i + 1,
        mentions: bandCount(facts.mentions.get(id) ?? 0, threshold),
        concernRatings: bandCount(concern?.weight ?? 0, threshold),
        priorityVotes: bandCount(facts.priority.get(id) ?? 0, threshold),
      };
      if (concern) score.concern = concern.mean;
      const p = prevalence.get(id);
      if (p) score.prevalence = p;
      const t = trends.get(id);
      if (t) score.trend = t;
      return score;
    });
}

/** Presence counts for every dimension, most reported first (ties in list order). */
export function presenceCounts(index: ObservationIndex, book: SubjectBook, threshold: number): Partial<Record<Dimension, SubjectCount[]>> {
  const result: Partial<Record<Dimension, SubjectCount[]>> = {};
  for (const dimension of DIMENSIONS) {
    const people = peopleBy(index.select('presence', dimension), bySubject);
    if (!people.size) continue;
    result[dimension] = [...people]
      .sort(([a, na], [b, nb]) => nb - na || book.order(dimension, a) - book.order(dimension, b) || a.localeCompare(b))
      .map(([id, n]) => ({ subject: book.ref(dimension, id), people: bandCount(n, threshold) }));
  }
  return result;
}
