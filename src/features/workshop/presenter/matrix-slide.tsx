import { useTranslation } from '../../../components/use-translation';
import type { Answer, MatrixCell, MatrixItem } from '../../../domain/runtime';
import { scalePoints } from '../../../domain/workshop';
import type { Choice } from '../use-choices';
import { DissentField } from './dissent-field';
import { withDissent, withValue } from './group-edit';

interface MatrixSlideProps {
  item: MatrixItem;
  rows: readonly Choice[];
  /** Columns of a choice matrix. */
  columns: readonly Choice[];
  answer: Answer | undefined;
  scaleLabel: (point: number) => string;
  onChange: (answer: Answer | undefined) => void;
}

/** A grid answered row by row: the facilitator records the answer most of the group chose. */
export function MatrixSlide({ item, rows, columns, answer, scaleLabel, onChange }: MatrixSlideProps) {
  const { t } = useTranslation();
  const cells = answer?.value && typeof answer.value === 'object' && !Array.isArray(answer.value) ? answer.value : {};
  const response = item.response;
  const choices = response.kind === 'scale' ? scalePoints(response.scale).map((p) => ({ id: String(p), label: scaleLabel(p) })) : columns;
  const setCell = (rowId: string, cell: MatrixCell | undefined) => {
    const empty = cell === undefined || (Array.isArray(cell) && cell.length === 0);
    const next: Record<string, MatrixCell> = Object.fromEntries(Object.entries(cells).filter(([id]) => id !== rowId));
    if (!empty) next[rowId] = cell;
    onChange(withValue(answer, Object.keys(next).length ? next : undefined));
  };
  if (rows.length === 0) return <p className="ws-help">{t('workshop.matrix.noRows')}</p>;
  return (
    <div className="ws-matrix">
      <p className="ws-help">{t('workshop.matrix.help')}</p>
      {rows.map((row) => {
        const cell = cells[row.id];
        if (response.kind === 'choice' && response.multiple) {
          const chosen = Array.isArray(cell) ? cell : [];
          return (
            <fieldset key={row.id} className="ws-matrix-row">
              <legend>{row.label}</legend>
              {choices.map((c) => (
                <label key={c.id} className="inline-check">
                  <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => setCell(row.id, e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))} />
                  {c.label}
                </label>
              ))}
            </fieldset>
          );
        }
        return (
          <label key={row.id} className="ws-matrix-row">
            <span>{row.label}</span>
            <select value={cell === undefined ? '' : String(cell)} onChange={(e) => setCell(row.id, e.target.value === '' ? undefined : response.kind === 'scale' ? Number(e.target.value) : e.target.value)}>
              <option value="">{t('workshop.consensus.notDecided')}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <DissentField value={answer?.group?.dissent ?? ''} onChange={(dissent) => onChange(withDissent(answer, dissent))} />
    </div>
  );
}
