import { useTranslation } from '../../../components/use-translation';
import { isAnswered, type Answer, type Item, type ResolvedOption } from '../../../domain/runtime';
import { answerPeople, countsFor, daySpread, numberSpread, rankByVotes, ratingDistribution, SMALL_COUNT_THRESHOLD, sumPeople, totalOf } from '../../../domain/workshop';
import { useFormatters } from '../../../components/use-formatters';
import { ResultsBars } from '../results-bars';
import { useChoices } from '../use-choices';
import type { TextOf } from '../use-template-text';
import { useBandedBars, useBandedNumber } from './use-band-text';
import { useValueText } from './use-value-text';

interface SummaryItemProps {
  item: Exclude<Item, { type: 'notice' }>;
  group: Answer | undefined;
  /** What each person answered privately (pass-the-device or paper), in no particular order. */
  privately: readonly (Answer | undefined)[];
  options: readonly ResolvedOption[];
  rows: readonly ResolvedOption[];
  participants: number | undefined;
  text: TextOf;
}

/** One question's results for the room: hands, dots, contributions, the consensus, private answers. */
export function SummaryItem({ item, group, privately, options, rows, participants, text }: SummaryItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bars = useBandedBars();
  const bandedNumber = useBandedNumber();
  const valueText = useValueText(text);
  const choices = useChoices(text)(item, options);
  const ids = choices.map((c) => c.id);
  const tally = group?.group?.tally;
  const votes = group?.group?.votes;
  // A scale shows every point; a list of options shows those someone chose, and how many others there were.
  const shownIds = (counts: Record<string, number>, order: readonly string[]) => (item.type === 'rating' ? order : order.filter((id) => (counts[id] ?? 0) > 0));
  const chart = (counts: Record<string, number>, kind: 'people' | 'dots', order = ids) =>
    bars(kind, shownIds(counts, order).map((id) => ({ id, label: choices.find((c) => c.id === id)?.label ?? id, count: counts[id] ?? 0 })));
  const unchosen = (counts: Record<string, number>) => {
    const rest = ids.length - shownIds(counts, ids).length;
    return rest > 0 ? <p className="muted">{t('workshop.summary.unchosen', { count: rest })}</p> : null;
  };
  const axis = (counts: Record<string, number> | undefined) => Math.max(SMALL_COUNT_THRESHOLD, participants ?? 0, ...Object.values(counts ?? {}));
  const distribution = item.type === 'rating' && totalOf(tally) >= SMALL_COUNT_THRESHOLD ? ratingDistribution(item.scale, tally) : undefined;
  const answeredAlone = privately.filter((a) => isAnswered(a));
  const alone = sumPeople(privately.map((a) => answerPeople(item, a, 1)));
  const aloneCounts = Object.fromEntries(countsFor(alone.counts, ids).map((c) => [c.id, c.count]));
  const texts = answeredAlone.flatMap((a) => (typeof a?.value === 'string' && (item.type === 'text' || item.type === 'long-text') ? [a.value] : [])).sort((a, b) => a.localeCompare(b));
  // Numbers and days answered alone: the middle one and the range, from the small-count threshold on.
  const spread = (() => {
    if (item.type === 'number') {
      const found = numberSpread(answeredAlone.flatMap((a) => (typeof a?.value === 'number' ? [a.value] : [])));
      return found && { median: format.number(found.median), low: format.number(found.low), high: format.number(found.high) };
    }
    if (item.type === 'date') {
      const found = daySpread(answeredAlone.flatMap((a) => (typeof a?.value === 'string' ? [a.value] : [])));
      return found && { median: format.date(found.median), low: format.date(found.low), high: format.date(found.high) };
    }
    return undefined;
  })();
  const spreadKind = item.type === 'number' || item.type === 'date';
  // What people wrote for "Other", listed like any written answer (never with who wrote it).
  const others = answeredAlone.flatMap((a) => (a?.other?.trim() ? [a.other.trim()] : [])).sort((a, b) => a.localeCompare(b));
  // The group's answer in words: a scale point with its label ("5 – Very worried"), an "Other" with its text.
  const consensus = (() => {
    if (group?.value === undefined) return undefined;
    const point = item.type === 'rating' ? choices.find((c) => c.id === String(group.value))?.label : undefined;
    const words = point ?? valueText(item, group.value, options, rows);
    return group.other?.trim() ? t('workshop.summary.otherText', { answer: words, other: group.other.trim() }) : words;
  })();

  return (
    <article className="ws-summary-item" aria-labelledby={`sum-${item.id}`}>
      <h2 id={`sum-${item.id}`}>{text(item.label)}</h2>
      {totalOf(tally) > 0 && tally ? (
        <>
          <h3>{t('workshop.summary.handsTitle')}</h3>
          <ResultsBars label={t('workshop.summary.handsChart', { question: text(item.label) })} bars={chart(tally, 'people')} max={axis(tally)} />
          {unchosen(tally)}
          {distribution?.median !== undefined ? <p>{t('workshop.summary.median', { median: format.number(distribution.median) })}</p> : null}
        </>
      ) : null}
      {totalOf(votes) > 0 && votes ? (
        <>
          <h3>{t('workshop.summary.dotsTitle')}</h3>
          <ResultsBars label={t('workshop.summary.dotsChart', { question: text(item.label) })} bars={chart(votes, 'dots', rankByVotes(votes, ids).map((r) => r.id))} max={axis(votes)} />
          {unchosen(votes)}
        </>
      ) : null}
      {group?.group?.contributions?.length ? (
        <>
          <h3>{t('workshop.summary.contributionsTitle')}</h3>
          <ul className="ws-summary-texts">
            {group.group.contributions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      {consensus !== undefined ? (
        <p>
          <strong>{t('workshop.summary.consensus')}</strong> {consensus}
        </p>
      ) : null}
      {group?.group?.dissent?.trim() ? (
        <p>
          <strong>{t('workshop.summary.dissent')}</strong> {group.group.dissent}
        </p>
      ) : null}
      {answeredAlone.length > 0 ? (
        <>
          <h3>{t('workshop.summary.private', { people: bandedNumber(answeredAlone.length) })}</h3>
          {/* Under the threshold, what a handful of people answered alone (which options, what
              they wrote) would point to them: it waits until enough have answered. */}
          {answeredAlone.length < SMALL_COUNT_THRESHOLD ? (
            <p>{t('workshop.summary.privateHeldBack', { number: format.number(SMALL_COUNT_THRESHOLD) })}</p>
          ) : texts.length ? (
            <ul className="ws-summary-texts">
              {texts.map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ul>
          ) : spreadKind ? (
            spread ? <p>{t('workshop.summary.spread', spread)}</p> : null
          ) : ids.length ? (
            <>
              <ResultsBars label={t('workshop.summary.privateChart', { question: text(item.label) })} bars={chart(aloneCounts, 'people')} max={axis(alone.counts)} />
              {unchosen(aloneCounts)}
            </>
          ) : null}
          {others.length && answeredAlone.length >= SMALL_COUNT_THRESHOLD ? (
            <>
              <h4>{t('workshop.summary.othersTitle')}</h4>
              <ul className="ws-summary-texts">
                {others.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
