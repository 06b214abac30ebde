import { isEmptyValue, type Answer, type MatrixCell } from '../answers/answer';
import type { FieldItem, Item } from '../template/item-schema';
import { isDynamicSource } from './dynamic-source';
import type { ResolvedOption } from './resolve-options';

function keepKnown(cell: MatrixCell, known: ReadonlySet<string>): MatrixCell | undefined {
  if (Array.isArray(cell)) {
    const kept = cell.filter((v) => known.has(v));
    return kept.length ? kept : undefined;
  }
  return typeof cell === 'string' && !known.has(cell) ? undefined : cell;
}

export interface ItemOptions {
  /** Options of a choice item, or columns of a choice matrix. */
  options: readonly ResolvedOption[];
  /** Rows of a matrix. */
  rows: readonly ResolvedOption[];
}

/**
 * An answer as analysis and progress should count it. A choice drawn from an earlier
 * answer or a list stops counting when its source goes away (the group was unticked, the
 * entry removed); the stored answer is left untouched so that it returns if the source does.
 */
export function effectiveAnswer(item: Item | FieldItem, answer: Answer | undefined, { options, rows }: ItemOptions): Answer | undefined {
  if (!answer || answer.special || isEmptyValue(answer.value)) return answer;
  const value = answer.value;
  if ((item.type === 'single-choice' || item.type === 'multi-choice') && isDynamicSource(item.options)) {
    const known = new Set(options.map((o) => o.id));
    if (typeof value === 'string') return known.has(value) ? answer : { ...answer, value: undefined };
    if (Array.isArray(value)) return { ...answer, value: value.filter((v) => known.has(v)) };
  }
  if (item.type === 'matrix' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const rowIds = new Set(rows.map((r) => r.id));
    const columnIds = item.response.kind === 'choice' && isDynamicSource(item.response.options) ? new Set(options.map((o) => o.id)) : undefined;
    const cells: Record<string, MatrixCell> = {};
    for (const [rowId, cell] of Object.entries(value)) {
      if (!rowIds.has(rowId)) continue;
      const kept = columnIds ? keepKnown(cell, columnIds) : cell;
      if (kept !== undefined) cells[rowId] = kept;
    }
    return { ...answer, value: cells };
  }
  return answer;
}
