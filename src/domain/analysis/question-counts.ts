import type { ResolvedOption } from '../engine/resolve-options';
import type { FieldItem, Item, MatrixItem } from '../template/item-schema';
import type { Template } from '../template/template-schema';
import { optionById, type ChoiceSink } from './answer-parts';
import type { Visit } from './collect';
import type { SubjectLabel } from './findings';
import { addToHistogram, emptyHistogram, type Histogram } from './stats';
import { optionSubject, subjectId } from './subjects';

// The counts behind a question's summary (questions.ts): per option, and per matrix row.

export interface Counter {
  label: SubjectLabel;
  count: number;
  votes: number;
}
export interface RowAcc {
  label: SubjectLabel;
  answered: number;
  histogram?: Histogram;
  columns?: Map<string, Counter>;
}
const counter = (label: SubjectLabel): Counter => ({ label, count: 0, votes: 0 });
const YES_NO_LABEL = (id: string): SubjectLabel => ({ kind: 'plain', text: id });

/** Static options are known before anyone answers, so options nobody chose still show, at 0. */
export function seedOptions(item: Item | FieldItem, template: Template): Map<string, Counter> | undefined {
  const source = item.type === 'single-choice' || item.type === 'multi-choice' ? item.options : item.type === 'matrix' && item.response.kind === 'choice' ? item.response.options : undefined;
  if (item.type === 'yes-no') return new Map(['yes', 'no'].map((id) => [id, counter(YES_NO_LABEL(id))]));
  if (!source) return undefined;
  const list = Array.isArray(source) ? source : 'list' in source ? (template.optionLists?.[source.list]?.options ?? []) : [];
  return new Map(list.map((o) => [o.id, counter({ kind: 'text', text: o.label })]));
}

/** Labels are only built for options met for the first time: the counting itself allocates nothing. */
function bump(map: Map<string, Counter>, id: string, label: SubjectLabel | ((id: string) => SubjectLabel), count: number, votes: number): void {
  let c = map.get(id);
  if (!c) map.set(id, (c = counter(typeof label === 'function' ? label(id) : label)));
  c.count += count;
  c.votes += votes;
}

/** Counts the choices of one answer into the options of its question. */
export const OPTION_SINK: ChoiceSink & { options: Map<string, Counter> } = {
  options: new Map(),
  choice(visit, option, weight, votes) {
    if (visit.plan.type === 'yes-no') return bump(this.options, option.id, YES_NO_LABEL, weight, votes);
    countOption(this.options, visit, option, visit.answer.other, weight, votes);
  },
};

/** bump() for an offered option, whose label is only worked out when first met. */
function countOption(map: Map<string, Counter>, visit: Visit, option: ResolvedOption, other: string | undefined, count: number, votes: number): void {
  const id = option.label.kind === 'text' ? option.id : subjectId(option, other, visit.entryKeyOf);
  let c = map.get(id);
  if (!c) map.set(id, (c = counter(option.label.kind === 'text' ? option.label : optionSubject(option, other, visit.entryKeyOf).label)));
  c.count += count;
  c.votes += votes;
}

/** Counts the cells of a matrix answer into its rows (and their columns). */
export function recordCells(rows: Map<string, RowAcc>, visit: Visit, item: MatrixItem): void {
  const value = visit.answer.value;
  if (value === undefined || typeof value !== 'object' || Array.isArray(value)) return;
  const offeredRows = visit.options.rowIndex;
  for (const rowId in value) {
    const row = offeredRows.get(rowId);
    const cell = value[rowId];
    if (!row || cell === undefined) continue;
    const id = row.label.kind === 'text' ? row.id : subjectId(row, undefined, visit.entryKeyOf);
    let r = rows.get(id);
    if (!r) rows.set(id, (r = newRow(item, row.label.kind === 'text' ? row.label : optionSubject(row, undefined, visit.entryKeyOf).label, visit.info.template)));
    r.answered += 1;
    if (r.histogram && typeof cell === 'number') addToHistogram(r.histogram, cell, 1);
    const columns = r.columns;
    if (!columns) continue;
    if (typeof cell === 'string') {
      const option = optionById(visit, cell);
      if (option) countOption(columns, visit, option, undefined, 1, 0);
    } else if (Array.isArray(cell)) {
      for (const columnId of cell) {
        const option = optionById(visit, columnId);
        if (option) countOption(columns, visit, option, undefined, 1, 0);
      }
    }
  }
}

function newRow(item: Item | FieldItem, label: SubjectLabel, template: Template): RowAcc {
  if (item.type !== 'matrix') return { label, answered: 0 };
  if (item.response.kind === 'scale') return { label, answered: 0, histogram: emptyHistogram(item.response.scale.min, item.response.scale.max) };
  return { label, answered: 0, columns: seedOptions(item, template) ?? new Map() };
}
