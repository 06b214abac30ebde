import { useTranslation } from '../../components/use-translation';
import type { Findings, Gap } from '../../domain/runtime';
import { gapText } from '../../i18n/analysis-words';
import { useLanguage } from '../../components/language-context';

/** Gaps with their words, as the analysis screen says them. */
export function useGapLabels(findings: Findings | undefined): { gap: Gap; label: string }[] {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (findings?.gaps ?? []).map((gap) => ({ gap, label: gapText(gap, language, t) }));
}
