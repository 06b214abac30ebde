import { Fragment } from 'react';
import { useTranslation } from '../../components/use-translation';
import type { ConcernSummary, SubjectScore } from '../../domain/runtime';
import { concernSeries } from '../../report';
import { BarFigure } from './bar-figure';
import { useFindingsText } from './use-findings-text';

const SHOWN = ['group', 'sector', 'area'] as const;

function ScoreTable({ scores }: { scores: readonly SubjectScore[] }) {
  const { t } = useTranslation();
  const text = useFindingsText();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('analysis.concern.subject')}</th>
          <th scope="col">{t('analysis.concern.concern')}</th>
          <th scope="col">{t('analysis.concern.mentions')}</th>
          <th scope="col">{t('analysis.concern.votes')}</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((s) => (
          <tr key={s.subject.id}>
            <th scope="row">{text.label(s.subject.label)}</th>
            <td>{text.score(s.concern)}</td>
            <td>{text.band(s.mentions)}</td>
            <td>{text.band(s.priorityVotes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Concern by group, sector and place: the same series the printed plan draws. */
export function ConcernPanel({ concern }: { concern: ConcernSummary }) {
  const { t } = useTranslation();
  const text = useFindingsText();
  return (
    <section aria-labelledby="concern-title">
      <h2 id="concern-title">{t('analysis.concern.title')}</h2>
      {SHOWN.map((dimension) => {
        const scores = concern[dimension];
        const what = t(`analysis.dimensions.${dimension}`);
        if (scores.length === 0) return <p key={dimension}>{what}: {t('analysis.concern.none')}</p>;
        // The same series the printed plan draws.
        const series = concernSeries(scores);
        const data = series.points.map((p) => ({ key: p.id, label: text.label(p.label), value: p.value }));
        return (
          <Fragment key={dimension}>
            <BarFigure title={what} summary={t('analysis.concern.chartLabel', { what })} data={data} table={<ScoreTable scores={scores} />} />
            {series.omitted ? <p className="muted">{t('analysis.concern.omitted', { shown: data.length, total: data.length + series.omitted })}</p> : null}
          </Fragment>
        );
      })}
    </section>
  );
}
