import type { MatrixCell, MatrixItem as Matrix, ResolvedOption } from '../../../domain/runtime';
import { ItemFrame } from '../item-frame';
import { useAnswer } from '../use-answer';
import { useOptionText } from '../use-option-text';
import { OptionInput } from './option-input';
import { ScaleOptions } from './scale-options';
import { WaitingHint, isWaiting } from './waiting-hint';

interface MatrixItemProps {
  item: Matrix;
  answerKey: string;
  rows: readonly ResolvedOption[];
  columns: readonly ResolvedOption[];
}

/** One small fieldset per row: reads well on a phone and to a screen reader alike. */
export function MatrixItem({ item, answerKey, rows, columns }: MatrixItemProps) {
  const field = useAnswer(answerKey);
  const optionText = useOptionText();
  const cells = (field.answer?.value && typeof field.answer.value === 'object' && !Array.isArray(field.answer.value) ? field.answer.value : {}) as Record<string, MatrixCell>;
  const setCell = (rowId: string, cell: MatrixCell | undefined) => {
    const next: Record<string, MatrixCell> = Object.fromEntries(Object.entries(cells).filter(([id]) => id !== rowId));
    if (cell !== undefined && !(Array.isArray(cell) && cell.length === 0)) next[rowId] = cell;
    field.update({ value: next });
  };
  const response = item.response;
  return (
    <ItemFrame item={item} field={field} group>
      {({ disabled }) =>
        isWaiting(item.rows, rows) ? (
          <WaitingHint source={item.rows} />
        ) : (
          <div className="matrix">
            {rows.map((row, r) => {
              const name = `${answerKey}/${row.id}`;
              const cell = cells[row.id];
              return (
                <fieldset key={row.id} className="matrix-row">
                  <legend>{optionText(row.label)}</legend>
                  {response.kind === 'scale' ? (
                    <ScaleOptions scale={response.scale} name={name} value={cell} disabled={disabled} inputRef={r === 0 ? field.bindInput : undefined} onChange={(v) => setCell(row.id, v)} />
                  ) : (
                    <div className="options">
                      {columns.map((column, c) => {
                        const chosen = Array.isArray(cell) ? cell.includes(column.id) : cell === column.id;
                        const toggle = (on: boolean) => {
                          if (!response.multiple) return setCell(row.id, column.id);
                          const list = Array.isArray(cell) ? cell : [];
                          setCell(row.id, on ? [...list, column.id] : list.filter((v) => v !== column.id));
                        };
                        return (
                          <OptionInput
                            key={column.id}
                            type={response.multiple ? 'checkbox' : 'radio'}
                            name={name}
                            checked={chosen}
                            disabled={disabled}
                            inputRef={r === 0 && c === 0 ? field.bindInput : undefined}
                            label={optionText(column.label)}
                            onChange={toggle}
                          />
                        );
                      })}
                      {response.kind === 'choice' && isWaiting(response.options, columns) ? <WaitingHint source={response.options} /> : null}
                    </div>
                  )}
                </fieldset>
              );
            })}
          </div>
        )
      }
    </ItemFrame>
  );
}
