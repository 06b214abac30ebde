import { useTranslation } from '../../components/use-translation';
import type { Gap } from '../../domain/runtime';
import { gapText } from '../../i18n/analysis-words';
import { useLanguage } from '../../components/language-context';

/** "A group of high concern that no activity reaches: Youth in care" */
export function useGapText(): (gap: Gap) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (gap) => gapText(gap, language, t);
}
