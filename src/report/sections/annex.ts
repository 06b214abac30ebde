import type { QuestionSummary, Template } from '../../domain/runtime';
import type { Block } from '../document-model';
import { column, heading, note, table } from '../blocks';
import type { ReportFormat } from '../report-format';
import type { ReportInput } from '../report-input';
import { keyOf, questionLabel } from '../templates';
import { answerSummary, hasAnswers } from './annex-answers';

function templateBlocks(template: Template, questions: readonly QuestionSummary[], format: ReportFormat, templates: readonly Template[]): Block[] {
  const { t } = format;
  const key = keyOf(template);
  const own = questions.filter((q) => q.templateKey === key && hasAnswers(q));
  if (own.length === 0) return [];
  const blocks: Block[] = [heading(2, t('report.annex.template', { title: format.text(template.title), version: template.version }))];
  const columns = [column(t('report.annex.question'), 3), column(t('report.annex.answered'), 1.2, 'right'), column(t('report.annex.answers'), 5)];
  for (const section of template.sections) {
    const inSection = own.filter((q) => q.sectionId === section.id);
    if (inSection.length === 0) continue;
    blocks.push(heading(3, format.text(section.title)));
    const rows = inSection.map((q) => [
      questionLabel(templates, key, q.itemId, format, q.listId),
      q.unit === 'entries' ? `${format.band(q.answered)}\n${t('report.annex.entriesUnit')}` : format.band(q.answered),
      answerSummary(q, format),
    ]);
    blocks.push(table(columns, rows));
  }
  return blocks;
}

/** Every answered question of every questionnaire, summarised; comments without who made them. */
export function annexSection(input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const threshold = input.findings.threshold;
  const blocks: Block[] = [
    heading(1, t('report.annex.heading')),
    note(t('report.annex.intro', { threshold: format.number(threshold, 0), below: format.number(threshold - 1, 0) })),
  ];
  const content = input.templates.flatMap((template) => templateBlocks(template, input.findings.questions, format, input.templates));
  return [...blocks, ...(content.length ? content : [note(t('report.annex.nothing'))])];
}
