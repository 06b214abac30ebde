import { priorityTitle } from './action-plan';
import type { Block } from '../document-model';
import { column, heading, keyValue, note, paragraph, table } from '../blocks';
import type { ReportFormat } from '../report-format';
import type { ReportInput } from '../report-input';

/** Monitoring from the start (report element ix): who, how often, under which protocols, measuring what. */
export function monitoringSection(input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const plan = input.plan;
  const blocks: Block[] = [heading(1, t('report.monitoring.heading')), paragraph(t('report.monitoring.intro'))];
  const stated = (text: string | undefined) => text?.trim() || t('report.notStated');
  blocks.push(
    keyValue([
      { label: t('report.monitoring.who'), value: stated(plan?.monitoring.who) },
      { label: t('report.monitoring.frequency'), value: plan ? t(`report.monitoring.frequencies.${plan.monitoring.frequency}`) : t('report.notStated') },
      { label: t('report.monitoring.protocols'), value: stated(plan?.monitoring.protocols) },
    ]),
  );
  blocks.push(heading(2, t('report.monitoring.indicators')));
  const rows = (plan?.priorities ?? []).flatMap((priority, i) =>
    priority.indicators.map((indicator) => [
      indicator.name,
      `${i + 1}. ${priorityTitle(priority, format)}`,
      indicator.baseline.trim() || '—',
      indicator.target.trim() || '—',
      indicator.dataSource.trim() || '—',
      t(`report.monitoring.frequencies.${indicator.frequency}`),
    ]),
  );
  if (rows.length === 0) return [...blocks, note(t('report.monitoring.noIndicators'))];
  const columns = [
    column(t('report.monitoring.indicator'), 2.6),
    column(t('report.monitoring.priority'), 1.8),
    column(t('report.monitoring.baseline'), 1.2),
    column(t('report.monitoring.target'), 1.2),
    column(t('report.monitoring.source'), 1.6),
    column(t('report.monitoring.frequency'), 1.1),
  ];
  return [...blocks, table(columns, rows)];
}
