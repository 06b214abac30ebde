import type { RespondentType } from '../../domain/runtime';
import { barChart } from '../chart-blocks';
import { confidenceSeries } from '../chart-series';
import type { Block } from '../document-model';
import { bullets, column, heading, note, paragraph, table } from '../blocks';
import type { ReportFormat } from '../report-format';
import type { ReportInput } from '../report-input';

export const RESPONDENT_TYPES: readonly RespondentType[] = ['interview', 'desk-review', 'workshop', 'other'];

function respondentTable(input: ReportInput, format: ReportFormat): Block {
  const { t } = format;
  const { respondents } = input.findings;
  const rows = RESPONDENT_TYPES.filter((type) => respondents.byType[type] > 0).map((type) => [t(`report.respondentTypes.${type}`), format.number(respondents.byType[type])]);
  rows.push([t('report.method.total'), format.number(respondents.total)]);
  if (respondents.participants > 0) rows.push([t('report.method.participants'), format.number(respondents.participants)]);
  return table([column(t('report.method.type'), 3), column(t('report.method.count'), 1, 'right')], rows);
}

function sourcesBlocks(input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const { confidence, presence } = input.findings;
  const used = presence['data-source'] ?? [];
  if (used.length === 0 && confidence.sources.length === 0) return [note(t('report.method.noSources'))];
  const rated = new Map(confidence.sources.map((source) => [source.subject.id, source.mean]));
  const rows = used.map((count) => {
    const mean = rated.get(count.subject.id);
    return [format.label(count.subject.label), format.band(count.people), mean === undefined ? '—' : format.index(mean)];
  });
  const blocks: Block[] = [table([column(t('report.method.source'), 4), column(t('report.method.sourceUsers'), 1.4, 'right'), column(t('report.method.sourceConfidence'), 1.4, 'right')], rows)];
  const series = confidenceSeries(confidence);
  if (series.points.length > 0) blocks.push(barChart(series, t('report.charts.confidence'), format));
  return blocks;
}

/** Who answered, from which sources, with what confidence, and how small counts are shown. */
export function methodSection(input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const { findings } = input;
  const threshold = findings.threshold;
  const blocks: Block[] = [heading(1, t('report.method.heading')), paragraph(t('report.method.intro')), heading(2, t('report.method.respondents')), respondentTable(input, format)];
  if (findings.respondents.unanalysed > 0) blocks.push(note(t('report.method.unanalysed', { count: findings.respondents.unanalysed })));
  blocks.push(heading(2, t('report.method.sources')), ...sourcesBlocks(input, format));
  blocks.push(heading(2, t('report.method.confidence')));
  const { overall } = findings.confidence;
  blocks.push(paragraph(overall.mean === undefined ? t('report.method.noOverall') : t('report.method.overall', { value: format.index(overall.mean), count: format.number(overall.rated) })));
  blocks.push(note(t('report.method.smallCounts', { threshold: format.number(threshold, 0), below: format.number(threshold - 1, 0) })));
  blocks.push(heading(2, t('report.method.templates')));
  blocks.push(bullets(input.templates.map((template) => t('report.cover.templateValue', { title: format.text(template.title), version: template.version }))));
  return blocks;
}
