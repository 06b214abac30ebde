import type { ConcernSummary, SubjectCount } from '../../domain/runtime';
import { barChart } from '../chart-blocks';
import { concernSeries, mentionSeries, presenceSeries } from '../chart-series';
import type { Block } from '../document-model';
import { column, heading, note, table } from '../blocks';
import type { ReportFormat } from '../report-format';

export type RankedDimension = keyof ConcernSummary;

/**
 * A ranked dimension: its concern chart (or, when nobody rated it, who named it) and a
 * table of everything known. `titled` adds a heading, for a dimension that is not the area's own.
 */
export function subjectBlocks(concern: ConcernSummary, dimension: RankedDimension, format: ReportFormat, titled = false): Block[] {
  const { t } = format;
  const scores = concern[dimension];
  if (scores.length === 0) return [];
  const name = t(`report.dimensions.${dimension}`);
  const concernChart = concernSeries(scores);
  const series = concernChart.points.length > 0 ? concernChart : mentionSeries(scores);
  const chart = barChart(series, t(concernChart.points.length > 0 ? `report.charts.concern.${dimension}` : `report.charts.mentions.${dimension}`), format);
  // A chart draws the first dozen; the table below lists every one, and says so.
  const more = series.omitted ? [note(t('report.charts.omitted', { shown: format.number(series.points.length), total: format.number(series.points.length + series.omitted) }))] : [];
  const rows = scores.map((score) => [
    format.label(score.subject.label),
    format.band(score.mentions),
    score.concern === undefined ? '—' : format.index(score.concern),
    t(`report.trend.${score.trend?.direction ?? 'unknown'}`),
    format.band(score.priorityVotes),
  ]);
  const columns = [
    column(name, 3.2),
    column(t('report.subjects.mentions'), 1.1, 'right'),
    column(t('report.subjects.concern'), 1.2, 'right'),
    column(t('report.subjects.trend'), 1.3),
    column(t('report.subjects.votes'), 1.2, 'right'),
  ];
  return [...(titled ? [heading(3, name)] : []), ...(chart.bars.length > 0 ? [chart, ...more] : []), table(columns, rows)];
}

/** A listed dimension (partner types, approaches): who named each. */
export function presenceBlocks(counts: readonly SubjectCount[] | undefined, title: string, format: ReportFormat): Block[] {
  const series = presenceSeries(counts ?? [], 20);
  return series.points.length > 0 ? [barChart(series, title, format)] : [];
}
