import { DIMENSIONS, type Dimension } from '../template/analysis-role';
import { bandCount } from './band';
import type { ConcernSummary, SubjectCount, SubjectScore, TrendDirection } from './findings';
import type { SubjectBook } from './subjects';
import { ALL_COLUMNS, column, meanOf, NO_COLUMN, type TallyStore } from './tally-store';

export const CONCERN_DIMENSIONS = ['group', 'sector', 'area', 'trafficking-form', 'vulnerability-factor'] as const satisfies readonly (keyof ConcernSummary)[];
export type ConcernDimension = (typeof CONCERN_DIMENSIONS)[number];

const TRENDS = ['decreasing', 'stable', 'increasing'] as const;
/** Prevalence answered by ticking subjects rather than choosing a count band. */
const REPORTED = 'reported';

export interface WeightedMean {
  mean: number;
  /** People behind the mean. */
  weight: number;
}

/** Unbanded facts about the subjects of one dimension; gaps and coverage work from these. */
export interface SubjectFacts {
  ids: string[];
  mentions: Map<string, number>;
  concern: Map<string, WeightedMean>;
  /** People choosing it as a priority, plus dots: a dot and a tick both say "this first". */
  priority: Map<string, number>;
}

export function subjectFacts(store: TallyStore, dimension: Dimension): SubjectFacts {
  const mentions = new Map<string, number>();
  for (const [id, t] of column(store.slice('presence', dimension), NO_COLUMN)) if (t.people > 0) mentions.set(id, t.people);
  const concern = new Map<string, WeightedMean>();
  for (const [id, t] of column(store.slice('concern', dimension), NO_COLUMN)) {
    const mean = meanOf(t);
    if (mean !== undefined) concern.set(id, { mean, weight: t.weight });
  }
  const priority = new Map<string, number>();
  for (const [id, t] of column(store.slice('priority', dimension), NO_COLUMN)) if (t.people + t.votes > 0) priority.set(id, t.people + t.votes);
  const ids = new Set<string>([...mentions.keys(), ...concern.keys(), ...priority.keys()]);
  for (const measure of ['prevalence', 'trend'] as const) for (const id of store.slice(measure, dimension).keys()) ids.add(id);
  return { ids: [...ids], mentions, concern, priority };
}

function trendOf(store: TallyStore, dimension: Dimension, threshold: number): Map<string, NonNullable<SubjectScore['trend']>> {
  const result = new Map<string, NonNullable<SubjectScore['trend']>>();
  for (const [id, columns] of store.slice('trend', dimension)) {
    const [decreasing, stable, increasing] = TRENDS.map((t) => columns.get(t)?.people ?? 0) as [number, number, number];
    const total = decreasing + stable + increasing;
    if (total === 0) continue;
    // A direction only when most people agree; otherwise say so rather than pick one.
    const direction: TrendDirection = increasing > total / 2 ? 'increasing' : decreasing > total / 2 ? 'decreasing' : stable > total / 2 ? 'stable' : 'mixed';
    result.set(id, { decreasing: bandCount(decreasing, threshold), stable: bandCount(stable, threshold), increasing: bandCount(increasing, threshold), direction });
  }
  return result;
}

function prevalenceOf(store: TallyStore, dimension: Dimension, threshold: number): Map<string, NonNullable<SubjectScore['prevalence']>> {
  const result = new Map<string, NonNullable<SubjectScore['prevalence']>>();
  for (const [id, columns] of store.slice('prevalence', dimension)) {
    const entry: NonNullable<SubjectScore['prevalence']> = { counts: {} };
    let highestOrder = -1;
    for (const [key, t] of columns) {
      if (key === ALL_COLUMNS || t.people <= 0) continue;
      entry.counts[key === NO_COLUMN ? REPORTED : key] = bandCount(t.people, threshold);
      if (key !== NO_COLUMN && t.order > highestOrder) [highestOrder, entry.highest] = [t.order, key];
    }
    if (Object.keys(entry.counts).length) result.set(id, entry);
  }
  return result;
}

/** Subjects ranked: most concerning first, then most mentioned, then most prioritised. */
export function rankSubjects(store: TallyStore, dimension: ConcernDimension, facts: SubjectFacts, book: SubjectBook, threshold: number): SubjectScore[] {
  const trends = trendOf(store, dimension, threshold);
  const prevalence = prevalenceOf(store, dimension, threshold);
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
export function presenceCounts(store: TallyStore, book: SubjectBook, threshold: number): Partial<Record<Dimension, SubjectCount[]>> {
  const result: Partial<Record<Dimension, SubjectCount[]>> = {};
  for (const dimension of DIMENSIONS) {
    const people = [...column(store.slice('presence', dimension), NO_COLUMN)].filter(([, t]) => t.people > 0);
    if (!people.length) continue;
    result[dimension] = people
      .sort(([a, ta], [b, tb]) => tb.people - ta.people || book.order(dimension, a) - book.order(dimension, b) || a.localeCompare(b))
      .map(([id, t]) => ({ subject: book.ref(dimension, id), people: bandCount(t.people, threshold) }));
  }
  return result;
}
