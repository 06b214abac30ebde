import type { TFunction } from 'i18next';
import type { Gap, SubjectLabel } from '../domain/runtime';
import { localize } from '../domain/template/localize';

/** A subject's name: template text in the language, a person's own words, or "Other". */
export function subjectLabelText(label: SubjectLabel, language: string, t: TFunction): string {
  if (label.kind === 'text') return localize(label.text, language);
  return label.kind === 'plain' ? label.text : t('runner.otherOption');
}

/** "A group of high concern that no activity reaches: Street-involved youth", and the like. */
export function gapText(gap: Gap, language: string, t: TFunction): string {
  const named = gap.subject?.label ?? gap.option?.label;
  const subject = named ? subjectLabelText(named, language, t) : (gap.text ?? gap.id);
  return t(`analysis.gaps.kinds.${gap.kind}`, { subject });
}
