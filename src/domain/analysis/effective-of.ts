import { isEmptyValue, type Answer, type MatrixCell } from '../answers/answer';
import { isDynamicSource } from '../engine/dynamic-source';
import type { ItemOptions } from '../engine/effective-answer';
import type { ResolvedOption } from '../engine/resolve-options';
import type { FieldItem, Item } from '../template/item-schema';

const idSets = new WeakMap<readonly ResolvedOption[], ReadonlySet<string>>();

function ids(options: readonly ResolvedOption[]): ReadonlySet<string> {
  let set = idSets.get(options);
  if (!set) idSets.set(options, (set = new Set(options.map((o) => o.id))));
  return set;
}

function keepKnown(cell: MatrixCell, known: ReadonlySet<string>): MatrixCell | undefined {
  if (Array.isArray(cell)) {
    if (cell.every((v) => known.has(v))) return cell;
    const kept = cell.filter((v) => known.has(v));
    return kept.length ? kept : undefined;
  }
  return typeof cell === 'string' && !known.has(cell) ? undefined : cell;
}

/**
 * engine/effective-answer.ts for analysis: the same answers count, but the sets of offered
 * ids are built once per resolved option list rather than once per answer, and an answer
 * with nothing stale is returned as it is. offered-options.test.ts holds the two together.
 */
export function effectiveOf(item: Item | FieldItem, answer: Answer, { options, rows }: ItemOptions): Answer {
  if (answer.special || isEmptyValue(answer.value)) return answer;
  const value = answer.value;
  if ((item.type === 'single-choice' || item.type === 'multi-choice') && isDynamicSource(item.options)) {
    const known = ids(options);
    if (typeof value === 'string') return known.has(value) ? answer : { ...answer, value: undefined };
    if (Array.isArray(value)) return value.every((v) => known.has(v)) ? answer : { ...answer, value: value.filter((v) => known.has(v)) };
  }
  if (item.type === 'matrix' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const rowIds = ids(rows);
    const columnIds = item.response.kind === 'choice' && isDynamicSource(item.response.options) ? ids(options) : undefined;
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
