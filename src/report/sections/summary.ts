import { priorityTitle } from './action-plan';
import type { Block } from '../document-model';
import { bullets, heading, keyValue, note, numbered, paragraph } from '../blocks';
import type { ReportFormat } from '../report-format';
import type { ReportInput } from '../report-input';
import { RESPONDENT_TYPES } from './method';

const CONCERN_DIMENSIONS = ['group', 'sector', 'area'] as const;
const TOP = 3;

function concernLines(input: ReportInput, format: ReportFormat): string[] {
  const lines: string[] = [];
  for (const dimension of CONCERN_DIMENSIONS) {
    const rated = input.findings.concern[dimension].filter((score) => score.concern !== undefined).slice(0, TOP);
    if (rated.length === 0) continue;
    const subjects = format.list(rated.map((score) => `${format.label(score.subject.label)} (${format.index(score.concern ?? 0)})`));
    lines.push(format.t('report.summary.concernLine', { dimension: format.t(`report.dimensions.${dimension}`), subjects }));
  }
  return lines;
}

export function respondentDetail(input: ReportInput, format: ReportFormat): string {
  const { byType } = input.findings.respondents;
  return format.list(RESPONDENT_TYPES.filter((type) => byType[type] > 0).map((type) => format.t(`report.respondentCounts.${type}`, { count: byType[type] })));
}

/** The plan on one page: the problem, the audit in figures, the main concerns, the priorities. */
export function summarySection(input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const { findings, plan } = input;
  const priorities = plan?.priorities ?? [];
  const blocks: Block[] = [heading(1, t('report.summary.heading')), heading(2, t('report.summary.problem'))];
  const problem = plan?.problemStatement.trim() ?? '';
  blocks.push(problem ? paragraph(problem) : note(t('report.summary.noProblem')));
  const confidence = findings.confidence.mean;
  // Named after what it averages: the sources' ratings, or else respondents' overall ratings
  // (the method section gives the latter on its own, so the two must not share a name).
  const fromSources = findings.confidence.sources.some((s) => s.mean !== undefined);
  blocks.push(heading(2, t('report.summary.figures')));
  blocks.push(
    keyValue([
      { label: t('report.summary.respondents'), value: `${format.number(findings.respondents.total)} (${respondentDetail(input, format)})` },
      { label: t('report.summary.peopleHeard'), value: t('report.summary.peopleHeardValue', { people: format.number(findings.respondents.people, 0) }) },
      { label: t('report.summary.gaps'), value: format.number(findings.gaps.length) },
      { label: t('report.summary.priorities'), value: format.number(priorities.length) },
      { label: t('report.summary.actions'), value: format.number(priorities.reduce((sum, p) => sum + p.actions.length, 0)) },
      { label: t(fromSources ? 'report.summary.confidence' : 'report.summary.confidenceOverall'), value: confidence === undefined ? t('report.notStated') : t('report.indexValue', { value: format.index(confidence) }) },
    ]),
  );
  blocks.push(heading(2, t('report.summary.concerns')));
  const concerns = concernLines(input, format);
  blocks.push(concerns.length ? bullets(concerns) : note(t('report.summary.noConcerns')));
  blocks.push(heading(2, t('report.summary.planPriorities')));
  blocks.push(
    priorities.length
      ? numbered(priorities.map((p) => priorityTitle(p, format)))
      : note(t('report.summary.noPriorities')),
  );
  return blocks;
}
