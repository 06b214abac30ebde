import { useTranslation } from '../../../components/use-translation';
import { bandCount, SMALL_COUNT_THRESHOLD } from '../../../domain/workshop';
import { useFormatters } from '../../../components/use-formatters';
import type { ResultBar } from '../results-bars';

export type CountKind = 'people' | 'dots';

/**
 * Bars for counts the group will discuss, small counts banded as the analysis bands them:
 * a count of 1 to 4 reads "fewer than 5" and is drawn as that range, so nobody is singled out.
 */
export function useBandedBars(): (kind: CountKind, entries: readonly { id: string; label: string; count: number }[]) => ResultBar[] {
  const { t } = useTranslation();
  const format = useFormatters();
  return (kind, entries) =>
    entries.map(({ id, label, count }) => {
      const band = bandCount(count);
      if (band.kind === 'fewer-than') return { id, label, value: band.threshold, banded: true, text: t('workshop.summary.fewerThan', { number: format.number(band.threshold) }) };
      return { id, label, value: band.value, text: t(`workshop.summary.${kind}`, { count: band.value, number: format.number(band.value) }) };
    });
}

/** A number of people as it may be shown, banded when small. */
export function useBandedNumber(): (count: number) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (count) => {
    const band = bandCount(count, SMALL_COUNT_THRESHOLD);
    return band.kind === 'fewer-than' ? t('workshop.summary.fewerThan', { number: format.number(band.threshold) }) : format.number(band.value);
  };
}
