import type { Band, ConfidenceSummary, FrameworkElementSummary, Gap, ScaleStats, SubjectCount, SubjectLabel, SubjectScore } from '../domain/runtime';

/**
 * Chart data shaped from findings, shared by the analysis screen (recharts) and the PDF
 * (vector bars), so both draw the same numbers. Pure and language-free: labels stay
 * SubjectLabels and counts stay Bands; each side turns them into words.
 */
export interface ChartPoint {
  id: string;
  label: SubjectLabel;
  /** Bar length in the series' unit; for a banded count, the band's bound (draw it as uncertain). */
  value: number;
  /** Set when the value is a count of people: how it may be shown. */
  band?: Band;
}

export type ChartMeasure = 'concern' | 'people' | 'addressed' | 'confidence' | 'priority-score' | 'ratings';

export interface ChartSeries {
  measure: ChartMeasure;
  /** The axis runs from min to max; 0..1 measures are scaled to an index from 0 to 100. */
  min: number;
  max: number;
  points: ChartPoint[];
  /** How many more the chart leaves out (it draws the first few; the table beside it lists all). */
  omitted?: number;
}

/** Index points (0..100) from a 0..1 measure, rounded to one decimal. */
const toIndex = (ratio: number) => Math.round(ratio * 1000) / 10;

/** The length a count is drawn with: exact, or the band's threshold for "fewer than N". */
export function bandValue(band: Band): number {
  return band.kind === 'exact' ? band.value : band.threshold;
}

/** A round axis top at or above the largest value: 1, 2, 5 or 10 times a power of ten. */
export function niceMax(largest: number): number {
  if (!(largest > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  return ([1, 2, 5, 10].map((step) => step * power).find((top) => top >= largest) ?? 10 * power);
}

function indexSeries(measure: ChartMeasure, points: ChartPoint[]): ChartSeries {
  return { measure, min: 0, max: 100, points };
}

function countSeries(measure: ChartMeasure, points: ChartPoint[]): ChartSeries {
  return { measure, min: 0, max: niceMax(Math.max(0, ...points.map((p) => p.value))), points };
}

/** Mean concern of ranked subjects (groups, sectors, places…), in their rank order; unrated subjects left out. */
export function concernSeries(scores: readonly SubjectScore[], limit = 12): ChartSeries {
  const all = scores.filter((s) => s.concern !== undefined);
  const rated = all.slice(0, limit);
  return { ...indexSeries('concern', rated.map((s) => ({ id: s.subject.id, label: s.subject.label, value: toIndex(s.concern ?? 0) }))), ...omitted(all.length, rated.length) };
}

const omitted = (total: number, shown: number): { omitted?: number } => (total > shown ? { omitted: total - shown } : {});

/** People naming each subject present, most named first. */
export function presenceSeries(counts: readonly SubjectCount[], limit = 12): ChartSeries {
  const all = counts.filter((c) => bandValue(c.people) > 0);
  const named = all.slice(0, limit);
  return { ...countSeries('people', named.map((c) => ({ id: c.subject.id, label: c.subject.label, value: bandValue(c.people), band: c.people }))), ...omitted(all.length, named.length) };
}

/** Mentions of ranked subjects, for dimensions nobody rated. */
export function mentionSeries(scores: readonly SubjectScore[], limit = 12): ChartSeries {
  return presenceSeries(scores.map((s) => ({ subject: s.subject, people: s.mentions })), limit);
}

/** How well each framework element is addressed (0 = not at all, 100 = fully); unrated left out. */
export function addressedSeries(elements: readonly FrameworkElementSummary[]): ChartSeries {
  const rated = elements.filter((e) => e.addressed !== undefined);
  return indexSeries('addressed', rated.map((e) => ({ id: e.subject.id, label: e.subject.label, value: toIndex(e.addressed ?? 0) })));
}

/** Mean confidence in each data source; unrated sources left out. */
export function confidenceSeries(confidence: ConfidenceSummary): ChartSeries {
  const rated = confidence.sources.filter((s) => s.mean !== undefined);
  return indexSeries('confidence', rated.map((s) => ({ id: s.subject.id, label: s.subject.label, value: toIndex(s.mean ?? 0) })));
}

/** The top gaps by effective score (0..100), as ranked. Gaps have no SubjectLabel of their own: the caller names them. */
export function gapScoreSeries(gaps: readonly Gap[], name: (gap: Gap) => SubjectLabel, limit = 10): ChartSeries {
  const top = [...gaps].sort((a, b) => a.rank - b.rank).slice(0, limit);
  return indexSeries('priority-score', top.map((g) => ({ id: g.id, label: name(g), value: g.effectiveScore })));
}

/** People per scale point, from the lowest point up. */
export function histogramSeries(stats: ScaleStats): ChartSeries {
  const points = stats.histogram.map((band, i) => ({ id: String(stats.min + i), label: { kind: 'plain' as const, text: String(stats.min + i) }, value: bandValue(band), band }));
  return countSeries('ratings', points);
}
