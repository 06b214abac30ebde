import type { Cover } from '../document-model';
import type { ReportFormat } from '../report-format';
import type { ReportAudit, ReportInput } from '../report-input';
import { keyOf, templateByKey } from '../templates';

export function periodText(audit: ReportAudit, format: ReportFormat): string {
  const { t } = format;
  const start = audit.periodStart ? format.date(audit.periodStart) : undefined;
  const end = audit.periodEnd ? format.date(audit.periodEnd) : undefined;
  if (start && end) return t('report.cover.periodRange', { start, end });
  if (start) return t('report.cover.periodFrom', { start });
  if (end) return t('report.cover.periodUntil', { end });
  return t('report.notStated');
}

export function buildCover(input: ReportInput, format: ReportFormat): Cover {
  const { t } = format;
  const { audit, findings } = input;
  const fields = [{ label: t('report.cover.period'), value: periodText(audit, format) }];
  if (audit.leadOrganisation.trim()) fields.push({ label: t('report.cover.lead'), value: audit.leadOrganisation.trim() });
  const main = templateByKey(input.templates, audit.templateKey);
  const describe = (template: NonNullable<typeof main>) => t('report.cover.templateValue', { title: format.text(template.title), version: template.version });
  fields.push({ label: t('report.cover.template'), value: main ? describe(main) : audit.templateKey });
  const others = input.templates.filter((template) => keyOf(template) !== audit.templateKey).map(describe);
  if (others.length) fields.push({ label: t('report.cover.otherTemplates'), value: others.join('\n') });
  fields.push({ label: t('report.cover.date'), value: format.date(input.generatedOn) });
  const threshold = findings.threshold;
  return {
    title: t('report.documentTitle'),
    locality: audit.locality,
    subtitle: t('report.subtitle'),
    fields,
    notice: t('report.cover.notice', { threshold: format.number(threshold, 0), below: format.number(threshold - 1, 0) }),
  };
}
