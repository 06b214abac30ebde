import { isEmptyValue, type Answer, type MatrixCell } from '../answers/answer';
import { isDynamicSource } from '../engine/dynamic-source';
import type { FieldItem, Item } from '../template/item-schema';
import type { Offered } from './offered-options';

function keepKnown(cell: MatrixCell, known: ReadonlyMap<string, unknown>): MatrixCell | undefined {
  if (Array.isArray(cell)) {
    if (cell.every((v) => known.has(v))) return cell;
    const kept = cell.filter((v) => known.has(v));
    return kept.length ? kept : undefined;
  }
  return typeof cell === 'string' && !known.has(cell) ? undefined : cell;
}

/** Whether every cell of a matrix answer stays as it is (the common case): nothing to copy. */
function allKept(value: Readonly<Record<string, MatrixCell>>, rowIds: ReadonlyMap<string, unknown>, columnIds: ReadonlyMap<string, unknown> | undefined): boolean {
  for (const rowId in value) {
    if (!Object.hasOwn(value, rowId)) continue;
    if (!rowIds.has(rowId)) return false;
    const cell = value[rowId] as MatrixCell;
    if (columnIds && keepKnown(cell, columnIds) !== cell) return false;
  }
  return true;
}

/**
 * engine/effective-answer.ts for analysis: the same answers count, but the sets of offered
 * ids are looked up in indexes built once per resolved option list rather than once per answer, and an answer
 * with nothing stale is returned as it is. offered-options.test.ts holds the two together.
 */
export function effectiveOf(item: Item | FieldItem, answer: Answer, { optionAt, rowAt }: Offered): Answer {
  if (answer.special || isEmptyValue(answer.value)) return answer;
  const value = answer.value;
  if ((item.type === 'single-choice' || item.type === 'multi-choice') && isDynamicSource(item.options)) {
    const known = optionAt;
    if (typeof value === 'string') return known.has(value) ? answer : { ...answer, value: undefined };
    if (Array.isArray(value)) return value.every((v) => known.has(v)) ? answer : { ...answer, value: value.filter((v) => known.has(v)) };
  }
  if (item.type === 'matrix' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const rowIds = rowAt;
    const columnIds = item.response.kind === 'choice' && isDynamicSource(item.response.options) ? optionAt : undefined;
    if (allKept(value, rowIds, columnIds)) return answer;
    let changed = false;
    const cells: Record<string, MatrixCell> = {};
    for (const [rowId, cell] of Object.entries(value)) {
      const kept = rowIds.has(rowId) ? (columnIds ? keepKnown(cell, columnIds) : cell) : undefined;
      if (kept !== cell) changed = true;
      if (kept !== undefined) cells[rowId] = kept;
    }
    return changed ? { ...answer, value: cells } : answer;
  }
  return answer;
}
