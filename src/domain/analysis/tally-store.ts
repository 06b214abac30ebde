import type { Dimension, Measure } from '../template/analysis-role';
import type { RegisterKind, SubjectLabel } from './findings';

/**
 * Running totals for one (subject, column) of one analysis role. Answers arrive one
 * respondent at a time, so each respondent's part is gathered in the `r…` fields and
 * folded in when the next respondent shows up: no per-answer objects, which matters on a
 * 1,200-question audit where there are hundreds of thousands of answers.
 */
export interface Tally {
  /** People: per respondent, the largest weight they gave (an interviewee naming a place type in three entries is one person; a tally of 7 is 7). */
  people: number;
  /** Weighted mean parts: each respondent's own mean, weighing its people but never more than its cap. */
  sum: number;
  weight: number;
  /** Dots of workshop dot votes. */
  votes: number;
  /** People who chose the subject (answers without a value), apart from those who rated it. */
  chosen: number;
  /** For a column: its position among the offered columns (the highest seen) and its label. */
  order: number;
  label: SubjectLabel | undefined;
  columnDimension: Dimension | undefined;
  r: number;
  rMax: number;
  rSum: number;
  rWeight: number;
  rCap: number;
  rChosen: number;
}

/** subject -> column -> tally. Column "" is an answer without a column; "*" totals a subject's columns. */
export type Slice = Map<string, Map<string, Tally>>;

export const NO_COLUMN = '';
export const ALL_COLUMNS = '*';
/** Subject of the all-items total of a role without dimension. */
export const ALL_ITEMS = '*';

export const meanOf = (t: Tally | undefined): number | undefined => (t && t.weight > 0 ? t.sum / t.weight : undefined);

function newTally(): Tally {
  // label and columnDimension are set later, but present from the start: one shape for every tally.
  return { people: 0, sum: 0, weight: 0, votes: 0, chosen: 0, order: -1, label: undefined, columnDimension: undefined, r: -1, rMax: 0, rSum: 0, rWeight: 0, rCap: 1, rChosen: 0 };
}

function fold(t: Tally): void {
  if (t.r < 0) return;
  t.people += t.rMax;
  t.chosen += t.rChosen;
  if (t.rWeight > 0) {
    const people = Math.min(t.rWeight, t.rCap);
    t.sum += (t.rSum / t.rWeight) * people;
    t.weight += people;
  }
  t.r = -1;
  t.rMax = t.rSum = t.rWeight = t.rChosen = 0;
}

export interface Observation {
  respondent: number;
  cap: number;
  weight: number;
  value: number | undefined;
  votes: number;
}

/** Adds one observation to a tally; the caller reuses the observation object between calls. */
export function accumulate(t: Tally, o: Observation): void {
  if (t.r !== o.respondent) {
    fold(t);
    t.r = o.respondent;
    t.rCap = o.cap;
  }
  if (o.weight > t.rMax) t.rMax = o.weight;
  if (o.value === undefined) {
    if (o.weight > t.rChosen) t.rChosen = o.weight;
  } else if (o.weight > 0) {
    t.rSum += o.value * o.weight;
    t.rWeight += o.weight;
  }
  t.votes += o.votes;
}

export function newEntryTally(): Tally {
  return newTally();
}

/** Adds one observation under (subject, column) of a slice. */
export function addTo(slice: Slice, subject: string, column: string, o: Observation): Tally {
  let columns = slice.get(subject);
  if (!columns) slice.set(subject, (columns = new Map()));
  let t = columns.get(column);
  if (!t) columns.set(column, (t = newTally()));
  accumulate(t, o);
  return t;
}

/**
 * The (subject, NO_COLUMN) tallies of one planned item, by the position of the option (or
 * row) that named the subject. Most answers name the template's options, at the same
 * positions every time, so their tallies are found without a lookup; a different subject
 * at a position (an entry, an "other") takes the lookup and is remembered instead.
 */
export interface PlacedTallies {
  subjects: string[];
  tallies: Tally[];
}

export const newPlacedTallies = (): PlacedTallies => ({ subjects: [], tallies: [] });

/** addTo(slice, subject, NO_COLUMN, o) for a subject named at position `at`. */
export function addPlaced(slice: Slice, placed: PlacedTallies, at: number, subject: string, o: Observation): void {
  if (placed.subjects[at] === subject) return accumulate(placed.tallies[at] as Tally, o);
  placed.tallies[at] = addTo(slice, subject, NO_COLUMN, o);
  placed.subjects[at] = subject;
}

/** What one register entry's fields say, merged over everyone who listed it. */
export interface EntryFacts {
  register: RegisterKind;
  subjects: Partial<Record<Dimension, string[]>>;
  links: string[];
  ratings: Map<Measure, Tally>;
}

export interface TallyStore {
  slice(measure: Measure | undefined, dimension: Dimension | undefined): Slice;
  entries: Map<string, EntryFacts>;
  /** Folds every respondent's part in; call once, after the last respondent. */
  finish(): void;
}

export function createTallyStore(): TallyStore {
  const slices = new Map<Measure | undefined, Map<Dimension | undefined, Slice>>();
  const entries = new Map<string, EntryFacts>();
  return {
    slice(measure, dimension) {
      let byDimension = slices.get(measure);
      if (!byDimension) slices.set(measure, (byDimension = new Map()));
      let slice = byDimension.get(dimension);
      if (!slice) byDimension.set(dimension, (slice = new Map()));
      return slice;
    },
    entries,
    finish() {
      for (const byDimension of slices.values()) for (const slice of byDimension.values()) for (const columns of slice.values()) for (const t of columns.values()) fold(t);
      for (const e of entries.values()) for (const t of e.ratings.values()) fold(t);
    },
  };
}

/** Tallies of one column across subjects (e.g. everyone's presence answers, column ""). */
export function column(slice: Slice, columnKey: string): Map<string, Tally> {
  const result = new Map<string, Tally>();
  for (const [subject, columns] of slice) {
    const t = columns.get(columnKey);
    if (t) result.set(subject, t);
  }
  return result;
}
