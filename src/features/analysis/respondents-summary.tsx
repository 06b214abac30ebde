import { useTranslation } from '../../components/use-translation';
import { useFormatters } from '../../components/use-formatters';
import type { RespondentSummary } from '../../domain/runtime';

const TYPES = ['interview', 'desk-review', 'workshop', 'other'] as const;

export function RespondentsSummary({ respondents }: { respondents: RespondentSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section aria-labelledby="respondents-title">
      <h2 id="respondents-title">{t('analysis.respondents.title')}</h2>
      <p>{t('analysis.respondents.total', { count: respondents.total })}</p>
      <ul className="type-counts">
        {TYPES.filter((type) => respondents.byType[type] > 0).map((type) => (
          <li key={type}>
            {t('common.labelled', { label: t(`analysis.respondents.types.${type}`), text: format.number(respondents.byType[type]) })}
          </li>
        ))}
      </ul>
      {respondents.participants > 0 ? <p>{t('analysis.respondents.participants', { count: respondents.participants })}</p> : null}
    </section>
  );
}
