import type { Band, NumberStats, OptionCount, QuestionSummary, ScaleStats } from '../../domain/runtime';
import { bandValue } from '../chart-series';
import type { ReportFormat } from '../report-format';

const MAX_OPTIONS = 12;
const MAX_TEXTS = 8;
const MAX_TEXT_LENGTH = 400;

const counted = (band: Band) => bandValue(band) > 0;

/** Yes/no answers come as the option ids "yes" and "no": say them in words. */
function optionLabel(option: OptionCount, yesNo: boolean, format: ReportFormat): string {
  if (yesNo && (option.id === 'yes' || option.id === 'no')) return format.t(`report.${option.id}`);
  return format.label(option.label);
}

function options(list: readonly OptionCount[], format: ReportFormat, yesNo = false, inRow = false): string {
  const named = [...list].filter((o) => counted(o.count) || (o.votes && counted(o.votes))).sort((a, b) => bandValue(b.count) - bandValue(a.count));
  const parts = named.slice(0, MAX_OPTIONS).map((o) => {
    const votes = o.votes && counted(o.votes) ? `, ${format.t('report.annex.votes', { count: format.band(o.votes) })}` : '';
    const label = optionLabel(o, yesNo, format);
    const count = `${format.band(o.count)}${votes}`;
    return inRow ? `${label} (${count})` : format.t('report.annex.choice', { label, count });
  });
  if (named.length > MAX_OPTIONS) parts.push('…');
  return parts.join(inRow ? ', ' : '; ');
}

function scale(stats: ScaleStats, format: ReportFormat): string {
  if (stats.mean === undefined) return format.t('report.annex.noRatings');
  return format.t('report.annex.scale', { mean: format.number(stats.mean), min: stats.min, max: stats.max, median: format.number(stats.median ?? stats.mean) });
}

function scaleRow(row: string, stats: ScaleStats, format: ReportFormat): string {
  if (stats.mean === undefined) return format.t('report.annex.rowNoRatings', { row });
  return format.t('report.annex.scaleRow', { row, mean: format.number(stats.mean), max: stats.max, median: format.number(stats.median ?? stats.mean) });
}

function numbers(stats: NumberStats, format: ReportFormat): string {
  if (!stats.mean) return format.t('report.annex.numberCount', { count: format.band(stats.count) });
  return format.t('report.annex.number', { mean: format.band(stats.mean), median: stats.median ? format.band(stats.median) : '—', count: format.band(stats.count) });
}

function texts(list: readonly string[], format: ReportFormat): string {
  const shown = list.slice(0, MAX_TEXTS).map((text) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return `– ${flat.length > MAX_TEXT_LENGTH ? `${flat.slice(0, MAX_TEXT_LENGTH - 1)}…` : flat}`;
  });
  const lines = [format.t('report.annex.texts', { count: list.length }), ...shown];
  if (list.length > MAX_TEXTS) lines.push(format.t('report.annex.moreTexts', { count: list.length - MAX_TEXTS }));
  return lines.join('\n');
}

function detail(summary: QuestionSummary, format: ReportFormat): string {
  const { detail: d } = summary;
  switch (d.kind) {
    case 'choice':
      return options(d.options, format, summary.type === 'yes-no');
    case 'scale':
      return scale(d.stats, format);
    case 'number':
      return numbers(d.stats, format);
    case 'matrix-scale':
      return d.rows.map((row) => scaleRow(format.label(row.label), row.stats, format)).join('\n');
    case 'matrix-choice':
      return d.rows.map((row) => format.t('report.annex.matrixRow', { row: format.label(row.label), value: options(row.options, format, false, true) || '—' })).join('\n');
    case 'texts':
      return texts(d.texts, format);
    case 'list':
      return format.t('report.annex.list', { count: d.entries });
  }
}

/** What people answered to one question, in words; never who answered it. */
export function answerSummary(summary: QuestionSummary, format: ReportFormat): string {
  const lines = [detail(summary, format)];
  if (counted(summary.dontKnow) || counted(summary.preferNotToSay)) {
    lines.push(format.t('report.annex.special', { dontKnow: format.band(summary.dontKnow), preferNot: format.band(summary.preferNotToSay) }));
  }
  return lines.filter((line) => line !== '').join('\n') || '—';
}

/** A question worth listing: someone answered it, or said they could not. */
export function hasAnswers(summary: QuestionSummary): boolean {
  return counted(summary.answered) || counted(summary.dontKnow) || counted(summary.preferNotToSay);
}
