import type { Gap, SubjectLabel, Template } from '../domain/runtime';
import type { ReportFormat } from './report-format';
import { anyQuestionLabel } from './templates';

/** A gap as what is missing (a group, a sector, an element, a named text) and the kind of gap it is. */
export function gapParts(gap: Gap, templates: readonly Template[], format: ReportFormat): { subject: string; kind: string } {
  const { t } = format;
  if (gap.kind === 'named' && !gap.subject && gap.option) {
    const question = anyQuestionLabel(templates, gap.option.itemId, format);
    return { subject: t('report.gaps.optionOf', { option: format.label(gap.option.label), question }), kind: t('report.gaps.kinds.named') };
  }
  const subject = gap.subject ? format.label(gap.subject.label) : (gap.text ?? gap.id);
  return { subject, kind: t(`report.gaps.kinds.${gap.kind}`) };
}

/** "Group no activity reaches: Temporary foreign workers" */
export function gapName(gap: Gap, templates: readonly Template[], format: ReportFormat): string {
  return format.t('report.gaps.name', gapParts(gap, templates, format));
}

/**
 * Chart labels for gaps: what is missing, with the kind of gap only where two gaps of the
 * chart share a subject (a group both named and unreached, say).
 */
export function gapLabels(gaps: readonly Gap[], templates: readonly Template[], format: ReportFormat): Map<string, SubjectLabel> {
  const parts = new Map(gaps.map((gap) => [gap.id, gapParts(gap, templates, format)]));
  const seen = new Map<string, number>();
  for (const { subject } of parts.values()) seen.set(subject, (seen.get(subject) ?? 0) + 1);
  const labels = new Map<string, SubjectLabel>();
  for (const gap of gaps) {
    const { subject, kind } = parts.get(gap.id) ?? { subject: gap.id, kind: '' };
    labels.set(gap.id, { kind: 'plain', text: (seen.get(subject) ?? 0) > 1 ? format.t('report.gaps.name', { kind, subject }) : subject });
  }
  return labels;
}
