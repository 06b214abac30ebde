import { useTranslation } from '../../components/use-translation';
import type { Band, SubjectLabel } from '../../domain/runtime';
import { subjectLabelText } from '../../i18n/analysis-words';
import { useLanguage } from '../../components/language-context';
import { useFormatters } from '../../components/use-formatters';

export interface FindingsText {
  label: (label: SubjectLabel) => string;
  band: (band: Band) => string;
  /** A 0..1 measure as 0–100, or "not rated". */
  score: (value: number | undefined) => string;
}

/** Words for the codes and numbers of the analysis, in the person's language. */
export function useFindingsText(): FindingsText {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormatters();
  return {
    label: (label) => subjectLabelText(label, language, t),
    band: (band) => (band.kind === 'exact' ? format.number(Math.round(band.value * 10) / 10) : t('analysis.fewerThan', { threshold: band.threshold })),
    score: (value) => (value === undefined ? t('analysis.notRated') : format.number(Math.round(value * 100))),
  };
}

/** The number behind a band, for drawing (a banded count is drawn at half its threshold). */
export function bandValue(band: Band): number {
  return band.kind === 'exact' ? band.value : band.threshold / 2;
}
