import { useTranslation } from '../../../components/use-translation';
import { countOf, rankByVotes, ratingDistribution, totalOf, type Counts } from '../../../domain/workshop';
import type { Scale } from '../../../domain/runtime';
import { useFormatters } from '../../../components/use-formatters';
import { ResultsBars } from '../results-bars';
import type { Choice } from '../use-choices';
import type { CountUnit } from './count-row';

interface CountResultsProps {
  unit: CountUnit;
  choices: readonly Choice[];
  counts: Counts | undefined;
  participants: number | undefined;
  /** For a rating: its scale, to show the middle answer. */
  scale?: Scale;
  /** A question with several answers allowed: shares of people present may add up to more than 100%. */
  several?: boolean;
}

/** What the room sees when results are revealed: hands as a share of people present, dots ranked. */
export function CountResults({ unit, choices, counts, participants, scale, several = false }: CountResultsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labelOf = new Map(choices.map((c) => [c.id, c.label]));
  const total = totalOf(counts);
  if (unit === 'dots') {
    // Options nobody put a dot on have no rank worth showing.
    const ranked = rankByVotes(counts, choices.map((c) => c.id)).filter((r) => r.votes > 0);
    if (ranked.length === 0) return <p>{t('workshop.results.noDots')}</p>;
    const bars = ranked.map((r) => ({ id: r.id, label: t('workshop.results.ranked', { rank: r.rank, option: labelOf.get(r.id) ?? r.id }), value: r.votes, text: t('workshop.results.dots', { count: r.votes, number: format.number(r.votes) }) }));
    return <ResultsBars label={t('workshop.results.dotsChart')} bars={bars} max={Math.max(1, ...ranked.map((r) => r.votes))} />;
  }
  const base = participants && participants > 0 ? participants : total;
  const bars = choices.map((c) => {
    const n = countOf(counts, c.id);
    const share = base > 0 ? format.percent(n / base) : format.percent(0);
    return { id: c.id, label: c.label, value: n, text: t('workshop.results.hands', { count: n, number: format.number(n), share }) };
  });
  const distribution = scale ? ratingDistribution(scale, counts) : undefined;
  return (
    <>
      <ResultsBars label={t('workshop.results.handsChart')} bars={bars} max={Math.max(1, base)} />
      {several && base > 0 && total > base ? <p className="ws-results-note">{t('workshop.results.several')}</p> : null}
      {distribution?.median !== undefined && distribution.mean !== undefined ? (
        <p className="ws-results-note">{t('workshop.results.middle', { median: format.number(distribution.median), mean: format.number(Math.round(distribution.mean * 10) / 10) })}</p>
      ) : null}
    </>
  );
}
