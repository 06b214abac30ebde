import type { ResolvedOption } from '../engine/resolve-options';
import type { Dimension } from '../template/analysis-role';
import type { Visit } from './collect';
import { optionSubject, type SubjectBook } from './subjects';
import { accumulate, addTo, ALL_COLUMNS, ALL_ITEMS, NO_COLUMN, newEntryTally, type EntryFacts, type Observation, type PlacedTallies, type Slice, type TallyStore } from './tally-store';

// Where the observations of one answer go (observe.ts decides what they are).

export const LINKS: ReadonlySet<Dimension> = new Set(['partner', 'activity']);

/** Where one visit's observations go: the role's slice, the register entry, or both. */
export interface Target {
  visit: Visit;
  dimension: Dimension | undefined;
  global: Slice | undefined;
  /** The global slice's tallies by option position, for the item being read. */
  placed: PlacedTallies;
  entry: EntryFacts | undefined;
  o: Observation;
}

/** entryFacts() for the fields of one entry, which arrive one after the other: asked once per entry. */
export function entryFactsOnce(store: TallyStore): (visit: Visit) => EntryFacts | undefined {
  let lastKey: string | undefined;
  let lastList: unknown;
  let lastInfo: unknown;
  let last: EntryFacts | undefined;
  return (visit) => {
    if (!visit.entryKey) return undefined;
    if (visit.entryKey !== lastKey || visit.list !== lastList || visit.info !== lastInfo) {
      last = entryFacts(store, visit);
      lastKey = visit.entryKey;
      lastList = visit.list;
      lastInfo = visit.info;
    }
    return last;
  };
}

export function entryFacts(store: TallyStore, visit: Visit): EntryFacts | undefined {
  const register = visit.entryKey && visit.list ? visit.info.registers.get(visit.list.id) : undefined;
  if (!register || !visit.entryKey) return undefined;
  let facts = store.entries.get(visit.entryKey);
  if (!facts) store.entries.set(visit.entryKey, (facts = { register, subjects: {}, links: [], ratings: new Map() }));
  return facts;
}

function pushUnique(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/** A subject named in a register entry describes the entry: its type, the groups it reaches, the partners it works with. */
export function describeEntry(target: Target, subject: string): void {
  const { entry, dimension } = target;
  if (!entry || !dimension || subject === target.visit.entryKey) return;
  if (LINKS.has(dimension)) pushUnique(entry.links, subject);
  else pushUnique((entry.subjects[dimension] ??= []), subject);
}

export function rateEntry(target: Target): void {
  const measure = target.visit.plan.role?.measure;
  if (!target.entry || !measure || target.o.value === undefined) return;
  let t = target.entry.ratings.get(measure);
  if (!t) target.entry.ratings.set(measure, (t = newEntryTally()));
  accumulate(t, target.o);
}

/** A value about the community as a whole counts for its question and for the role's total. */
export function addGeneral(target: Target, column: string): void {
  if (!target.global) return;
  const itemId = target.visit.plan.id;
  addTo(target.global, itemId, NO_COLUMN, target.o);
  if (column !== NO_COLUMN) addTo(target.global, itemId, column, target.o);
  if (target.o.value !== undefined) addTo(target.global, ALL_ITEMS, NO_COLUMN, target.o);
}

/** `text`: the column is one of the template's options, labelled by text (Offered.textOptions). */
export function setColumn(target: Target, subject: string, column: ResolvedOption, columnId: string, text: boolean, order: number, dimension: Dimension | undefined, book: SubjectBook): void {
  if (!target.global) return;
  const t = addTo(target.global, subject, columnId, target.o);
  addTo(target.global, subject, ALL_COLUMNS, target.o);
  if (t.order < order) t.order = order;
  if (!t.label) t.label = optionSubject(column, undefined, target.visit.entryKeyOf).label;
  if (dimension && !t.columnDimension) t.columnDimension = dimension;
  if (dimension && !text) book.note(dimension, columnId, t.label);
}

