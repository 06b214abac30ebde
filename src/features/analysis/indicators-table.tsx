import { useTranslation } from '../../components/use-translation';
import type { IndicatorSummary } from '../../domain/runtime';
import { useFindingsText } from './use-findings-text';

export function IndicatorsTable({ indicators }: { indicators: IndicatorSummary }) {
  const { t } = useTranslation();
  const text = useFindingsText();
  return (
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('analysis.indicators.title')}</h2>
      {indicators.rows.length === 0 ? (
        <p>{t('analysis.indicators.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('analysis.tableOf', { what: t('analysis.indicators.title') })} tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('analysis.indicators.sector')}</th>
                <th scope="col">{t('analysis.indicators.total')}</th>
                {indicators.columns.map((c) => (
                  <th scope="col" key={c.id}>
                    {text.label(c.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {indicators.rows.map((row) => {
                const total = indicators.totals[row.id];
                return (
                <tr key={row.id}>
                  <th scope="row">{text.label(row.label)}</th>
                  <td>{total ? text.band(total) : '0'}</td>
                  {indicators.columns.map((c) => {
                    const cell = indicators.cells[row.id]?.[c.id];
                    return <td key={c.id}>{cell ? text.band(cell) : '0'}</td>;
                  })}
                </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
