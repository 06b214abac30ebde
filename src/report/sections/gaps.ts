import type { Gap } from '../../domain/runtime';
import { barChart } from '../chart-blocks';
import { gapScoreSeries } from '../chart-series';
import type { Block } from '../document-model';
import { column, heading, note, paragraph, table } from '../blocks';
import { gapLabels, gapParts } from '../gap-names';
import type { ReportFormat } from '../report-format';
import type { ReportInput } from '../report-input';

const TOP_IN_CHART = 10;

function row(gap: Gap, input: ReportInput, format: ReportFormat): string[] {
  const { score } = gap;
  const defaultConcern = score.basis.concernSource === 'default' ? ' *' : '';
  const defaultCapacity = score.basis.capacityMean === undefined ? ' *' : '';
  const override = gap.override ? format.t('report.gaps.overrideValue', { score: format.number(gap.override.score, 0), reason: gap.override.reason }) : '';
  const factors = `${format.index(score.concern)}${defaultConcern} × ${format.index(score.evidence)} × ${format.index(score.capacity)}${defaultCapacity}`;
  const { subject, kind } = gapParts(gap, input.templates, format);
  return [format.number(gap.rank), subject, kind, format.band(gap.support), factors, format.number(score.value, 0), override];
}

/** Every gap with its priority score, the three factors behind it, and any override with its reason. */
export function gapsSection(input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const { findings } = input;
  const blocks: Block[] = [heading(1, t('report.gaps.heading'))];
  const target = findings.gaps[0]?.score.basis.supportTarget ?? 3;
  blocks.push(paragraph(t('report.gaps.intro', { target: format.number(target) })));
  if (findings.gaps.length === 0) return [...blocks, note(t('report.gaps.none'))];
  const ranked = [...findings.gaps].sort((a, b) => a.rank - b.rank);
  const labels = gapLabels(ranked.slice(0, TOP_IN_CHART), input.templates, format);
  const series = gapScoreSeries(ranked, (gap) => labels.get(gap.id) ?? { kind: 'plain', text: gap.id }, TOP_IN_CHART);
  blocks.push(barChart(series, t('report.charts.gapScores'), format));
  const columns = [
    column(t('report.gaps.rank'), 0.45, 'right'),
    column(t('report.gaps.subject'), 2.7),
    column(t('report.gaps.kind'), 1.9),
    column(t('report.gaps.support'), 0.95, 'right'),
    column(t('report.gaps.factors'), 1.55, 'right'),
    column(t('report.gaps.score'), 0.7, 'right'),
    column(t('report.gaps.override'), 2.5),
  ];
  blocks.push(table(columns, ranked.map((gap) => row(gap, input, format))));
  blocks.push(note(t('report.gaps.roundedNote')));
  if (ranked.some((gap) => gap.score.basis.concernSource === 'default' || gap.score.basis.capacityMean === undefined)) blocks.push(note(t('report.gaps.defaultNote')));
  if (findings.unmatchedOverrides.length > 0) {
    // Named as they were shown when decided (older plans kept only the gap's id).
    const decisions = new Map((input.plan?.overrides ?? []).map((o) => [o.gapId, o]));
    const items = findings.unmatchedOverrides.map((id) => {
      const o = decisions.get(id);
      return o ? `${o.gapName ?? id} (${t('report.gaps.overrideValue', { score: format.number(o.score, 0), reason: o.reason })})` : id;
    });
    blocks.push(note(t('report.gaps.unmatched', { items: format.list(items) })));
  }
  return blocks;
}
