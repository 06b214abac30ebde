import { useTranslation } from 'react-i18next';
import { localize, type Findings, type Gap, type SubjectLabel } from '../../domain/runtime';
import { useLanguage } from '../../components/language-context';

/** Gaps with their words, as the analysis screen says them. */
export function useGapLabels(findings: Findings | undefined): { gap: Gap; label: string }[] {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const label = (l: SubjectLabel) => (l.kind === 'text' ? localize(l.text, language) : l.kind === 'plain' ? l.text : t('runner.otherOption'));
  return (findings?.gaps ?? []).map((gap) => ({
    gap,
    label: t(`analysis.gaps.kinds.${gap.kind}`, { subject: gap.subject ? label(gap.subject.label) : (gap.text ?? gap.id) }),
  }));
}
