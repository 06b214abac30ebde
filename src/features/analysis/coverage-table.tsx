import { useTranslation } from '../../components/use-translation';
import type { CoverageMatrix } from '../../domain/runtime';
import { useFindingsText } from './use-findings-text';

/**
 * A heat map as a real table: one row per subject, one column per activity or partner,
 * a filled cell where it reaches the subject; rows nothing reaches are flagged.
 */
export function CoverageTable({ title, matrix }: { title: string; matrix: CoverageMatrix }) {
  const { t } = useTranslation();
  const text = useFindingsText();
  if (matrix.rows.length === 0) return null;
  const uncovered = new Set(matrix.uncovered);
  return (
    <figure className="coverage">
      <figcaption>{title}</figcaption>
      {matrix.columns.length === 0 ? <p>{t('analysis.coverage.empty')}</p> : null}
      <div className="table-scroll" role="region" aria-label={t('analysis.tableOf', { what: title })} tabIndex={0}>
        <table className="data-table heat-map">
          <thead>
            <tr>
              <th scope="col">{t('analysis.coverage.rowHeader')}</th>
              {matrix.columns.map((c) => (
                <th scope="col" key={c.key} className="rotated">
                  <span>{c.kind === 'reported' ? t('analysis.coverage.reportedColumn') : text.label(c.label)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => {
              const reached = new Set(matrix.cells[row.id] ?? []);
              return (
                <tr key={row.id} className={uncovered.has(row.id) ? 'uncovered' : undefined}>
                  <th scope="row">
                    {text.label(row.label)}
                    {uncovered.has(row.id) ? <span className="flag"> — {t('analysis.coverage.notReached')}</span> : null}
                  </th>
                  {matrix.columns.map((c) => (
                    <td key={c.key} className={reached.has(c.key) ? 'on' : 'off'}>
                      <span aria-hidden="true">{reached.has(c.key) ? '●' : ''}</span>
                      <span className="visually-hidden">{reached.has(c.key) ? t('analysis.coverage.reached') : t('analysis.coverage.notReached')}</span>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
