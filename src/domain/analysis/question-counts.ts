import { isDynamicSource } from '../engine/dynamic-source';
import type { ResolvedOption } from '../engine/resolve-options';
import type { FieldItem, Item, MatrixItem } from '../template/item-schema';
import type { Template } from '../template/template-schema';
import type { Visit } from './collect';
import type { SubjectLabel } from './findings';
import { countOption, newOptionCounts, NO_SEED, seedOf, type OptionCounts, type Seed } from './option-counts';
import { addToHistogram, emptyHistogram, type Histogram } from './stats';
import { optionSubject, subjectId } from './subjects';

// The counts behind a question's summary (questions.ts): per option, and per matrix row.

export interface RowAcc {
  label: SubjectLabel;
  answered: number;
  histogram?: Histogram;
  columns?: OptionCounts;
}

/** A matrix's rows in the order met, with the row last met at each offered position, so that most cells find theirs without a lookup. */
export interface Rows {
  byId: Map<string, RowAcc>;
  idAt: string[];
  accAt: RowAcc[];
}
export const newRows = (): Rows => ({ byId: new Map(), idAt: [], accAt: [] });

const YES_NO_SEED = seedOf(['yes', 'no'].map((id) => ({ id, label: { kind: 'plain', text: id } })));
const seeds = new WeakMap<Item | FieldItem, Seed>();

/** Static options are known before anyone answers, so options nobody chose still show, at 0. */
export function seedOptions(item: Item | FieldItem, template: Template): Seed | undefined {
  if (item.type === 'yes-no') return YES_NO_SEED;
  const source = item.type === 'single-choice' || item.type === 'multi-choice' ? item.options : item.type === 'matrix' && item.response.kind === 'choice' ? item.response.options : undefined;
  if (!source) return undefined;
  let seed = seeds.get(item);
  if (!seed) {
    const list = Array.isArray(source) ? source : 'list' in source ? (template.optionLists?.[source.list]?.options ?? []) : [];
    seeds.set(item, (seed = list.length ? seedOf(list.map((o) => ({ id: o.id, label: { kind: 'text', text: o.label } }))) : NO_SEED));
  }
  return seed;
}

/** Counts the decoded choices of one answer (visit.choices) into the options of its question. */
export function recordChoices(options: OptionCounts, visit: Visit): void {
  const { n, option, at, weight, votes } = visit.choices;
  const other = visit.answer.other;
  for (let i = 0; i < n; i++) countOption(options, option[i] as ResolvedOption, at[i] as number, other, visit.entryKeyOf, weight[i] as number, votes[i] as number);
}

function rowOf(rows: Rows, visit: Visit, item: MatrixItem, row: ResolvedOption, at: number): RowAcc {
  const label = row.label;
  if (label.kind === 'text' && rows.idAt[at] === row.id) return rows.accAt[at] as RowAcc;
  const id = label.kind === 'text' ? row.id : subjectId(row, undefined, visit.entryKeyOf);
  let r = rows.byId.get(id);
  if (!r) rows.byId.set(id, (r = newRow(item, label.kind === 'text' ? label : optionSubject(row, undefined, visit.entryKeyOf).label, visit.info.template)));
  if (label.kind === 'text') {
    rows.idAt[at] = id;
    rows.accAt[at] = r;
  }
  return r;
}

/** Counts the decoded cells of a matrix answer (visit.cells) into its rows (and their columns). */
export function recordCells(rows: Rows, visit: Visit, item: MatrixItem): void {
  const { n, row, at, cell } = visit.cells;
  for (let i = 0; i < n; i++) {
    const r = rowOf(rows, visit, item, row[i] as ResolvedOption, at[i] as number);
    const value = cell[i];
    r.answered += 1;
    if (r.histogram && typeof value === 'number') addToHistogram(r.histogram, value, 1);
    const columns = r.columns;
    if (!columns) continue;
    if (typeof value === 'string') countColumn(columns, visit, value);
    else if (Array.isArray(value)) for (const columnId of value) countColumn(columns, visit, columnId);
  }
}

function countColumn(columns: OptionCounts, visit: Visit, columnId: string): void {
  const p = visit.options.optionAt.get(columnId);
  if (p !== undefined) countOption(columns, visit.options.options[p] as ResolvedOption, p, undefined, visit.entryKeyOf, 1, 0);
}

function newRow(item: MatrixItem, label: SubjectLabel, template: Template): RowAcc {
  if (item.response.kind === 'scale') return { label, answered: 0, histogram: emptyHistogram(item.response.scale.min, item.response.scale.max) };
  return { label, answered: 0, columns: newOptionCounts(seedOptions(item, template) ?? NO_SEED, !isDynamicSource(item.response.options)) };
}
