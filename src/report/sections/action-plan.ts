import type { Action, PartnerRef, Priority } from '../../domain/runtime';
import type { Block } from '../document-model';
import { column, heading, keyValue, note, table } from '../blocks';
import { gapName } from '../gap-names';
import type { ReportFormat } from '../report-format';
import type { ReportInput } from '../report-input';

const partnerNames = (partners: readonly PartnerRef[]) => partners.map((partner) => partner.name.trim()).filter((name) => name !== '');

/** A priority's name as printed: a draft's priority with none yet says so rather than print nothing. */
export const priorityTitle = (priority: Pick<Priority, 'title'>, format: ReportFormat): string => priority.title.trim() || format.t('report.plan.untitled');

export function timeline(action: Pick<Action, 'start' | 'end'>, format: ReportFormat): string {
  const { t } = format;
  const start = action.start ? format.date(action.start) : undefined;
  const end = action.end ? format.date(action.end) : undefined;
  if (start && end) return t('report.plan.range', { start, end });
  if (start) return t('report.plan.from', { start });
  if (end) return t('report.plan.until', { end });
  return '—';
}

function priorityBlocks(priority: Priority, number: number, input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const facts = [{ label: t('report.plan.objective'), value: priority.objective.trim() || t('report.notStated') }];
  const gap = priority.gapId ? input.findings.gaps.find((g) => g.id === priority.gapId) : undefined;
  if (gap) facts.push({ label: t('report.plan.gap'), value: gapName(gap, input.templates, format) });
  const blocks: Block[] = [heading(2, t('report.plan.priority', { number, title: priorityTitle(priority, format) })), keyValue(facts)];
  if (priority.actions.length === 0) return [...blocks, note(t('report.plan.noActions'))];
  const columns = [
    column(t('report.plan.action'), 3.2),
    column(t('report.plan.lead'), 1.6),
    column(t('report.plan.supporting'), 1.8),
    column(t('report.plan.resources'), 1.7),
    column(t('report.plan.timeline'), 1.5),
    column(t('report.plan.status'), 1),
  ];
  const rows = priority.actions.map((action) => [
    action.description,
    action.lead?.name.trim() || '—',
    format.list(partnerNames(action.supporting)) || '—',
    action.resources.trim() || '—',
    timeline(action, format),
    t(`report.plan.statuses.${action.status}`),
  ]);
  return [...blocks, table(columns, rows)];
}

/** Each priority with its objective, the gap it answers, and its actions (lead, partners, resources, timeline). */
export function actionPlanSection(input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const priorities = input.plan?.priorities ?? [];
  const blocks: Block[] = [heading(1, t('report.plan.heading'))];
  if (priorities.length === 0) return [...blocks, note(t('report.plan.none'))];
  priorities.forEach((priority, i) => blocks.push(...priorityBlocks(priority, i + 1, input, format)));
  return blocks;
}
