import { useTranslation } from 'react-i18next';
import type { Gap } from '../../domain/runtime';
import { useFindingsText } from './use-findings-text';

/** "A group of high concern that no activity reaches: Youth in care" */
export function useGapText(): (gap: Gap) => string {
  const { t } = useTranslation();
  const text = useFindingsText();
  return (gap) => t(`analysis.gaps.kinds.${gap.kind}`, { subject: gap.subject ? text.label(gap.subject.label) : (gap.text ?? gap.id) });
}
