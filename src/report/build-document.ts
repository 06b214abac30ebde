import type { DocumentModel } from './document-model';
import { planFileName } from './file-name';
import { reportFormat } from './report-format';
import type { ReportInput } from './report-input';
import { actionPlanSection } from './sections/action-plan';
import { annexSection } from './sections/annex';
import { areasSection } from './sections/areas';
import { buildCover } from './sections/cover';
import { coverageSection } from './sections/coverage';
import { gapsSection } from './sections/gaps';
import { methodSection } from './sections/method';
import { monitoringSection } from './sections/monitoring';
import { summarySection } from './sections/summary';
import { keyOf } from './templates';

/**
 * The printed local action plan as plain data, in the order of the issue: summary, method,
 * findings by area, coverage, gaps, the plan, its monitoring, and an annex of answers.
 * Pure: the same input gives the same model.
 */
export function buildDocument(input: ReportInput): DocumentModel {
  const format = reportFormat(input.language);
  const { t } = format;
  // The audit's own questionnaire comes first wherever templates are listed.
  const templates = [...input.templates].sort((a, b) => Number(keyOf(b) === input.audit.templateKey) - Number(keyOf(a) === input.audit.templateKey));
  const ordered: ReportInput = { ...input, templates };
  return {
    language: input.language,
    title: t('report.documentTitle'),
    headerRight: input.audit.locality,
    fileName: planFileName(input.audit.locality, input.generatedOn, input.language),
    generatedOn: input.generatedOn,
    cover: buildCover(ordered, format),
    contentsTitle: t('report.contents'),
    pageLabel: t('report.page', { page: '{{page}}', total: '{{total}}' }),
    footerLeft: t('report.generatedOn', { date: format.date(input.generatedOn) }),
    blocks: [
      ...summarySection(ordered, format),
      ...methodSection(ordered, format),
      ...areasSection(ordered, format),
      ...coverageSection(ordered, format),
      ...gapsSection(ordered, format),
      ...actionPlanSection(ordered, format),
      ...monitoringSection(ordered, format),
      ...annexSection(ordered, format),
    ],
  };
}
