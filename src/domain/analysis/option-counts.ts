import type { ResolvedOption } from '../engine/resolve-options';
import type { SubjectLabel } from './findings';
import { optionSubject, subjectId } from './subjects';

/**
 * How many chose each option of one question (or each column of one matrix row). The
 * options written in the template are known before anyone answers, so they are counted
 * in arrays by position, and nobody's choice looks anything up: an offered option at
 * position p that is the template's option at p (the same id) counts at p. Anything else
 * (an "other", a register entry, an option of a list drawn from an earlier answer) counts
 * by subject id, in the order met, after the template's options.
 */
export interface OptionCounts {
  seed: Seed;
  /**
   * How many of the first offered positions hold the template's options themselves: the
   * seed's length when the question offers exactly the template's list (no source drawn
   * from answers, no repeated id), else 0. A choice there counts without comparing ids.
   */
  aligned: number;
  count: Float64Array;
  votes: Float64Array;
  extra: Map<string, Counter>;
}

export interface Counter {
  label: SubjectLabel;
  count: number;
  votes: number;
}

/** The template's options of a question: ids once each (first place, last label, as a Map keeps them), with positions. */
export interface Seed {
  ids: readonly string[];
  labels: readonly SubjectLabel[];
  at: ReadonlyMap<string, number>;
  /** Every option kept its place (no id repeats): position p of the list is position p here. */
  inPlace: boolean;
}

export const NO_SEED: Seed = { ids: [], labels: [], at: new Map(), inPlace: true };

export function seedOf(options: readonly { id: string; label: SubjectLabel }[]): Seed {
  const ids: string[] = [];
  const labels: SubjectLabel[] = [];
  const at = new Map<string, number>();
  for (const { id, label } of options) {
    const p = at.get(id);
    if (p !== undefined) labels[p] = label;
    else {
      at.set(id, ids.length);
      ids.push(id);
      labels.push(label);
    }
  }
  return { ids, labels, at, inPlace: ids.length === options.length };
}

/** `offersSeed`: the question offers the template's own list, as it is (its options follow no earlier answer). */
export function newOptionCounts(seed: Seed, offersSeed = false): OptionCounts {
  const n = seed.ids.length;
  return { seed, aligned: offersSeed && seed.inPlace ? n : 0, count: new Float64Array(n), votes: new Float64Array(n), extra: new Map() };
}

function addAt(c: OptionCounts, p: number, count: number, votes: number): void {
  c.count[p] = (c.count[p] as number) + count;
  if (votes) c.votes[p] = (c.votes[p] as number) + votes;
}

/** Counts an offered option at position `at` of its list; `other` is the answer's own "other" text. */
export function countOption(c: OptionCounts, option: ResolvedOption, at: number, other: string | undefined, entryKeyOf: (entryId: string) => string | undefined, count: number, votes: number): void {
  if (at < c.aligned) return addAt(c, at, count, votes);
  const label = option.label;
  if (label.kind === 'text' && c.seed.ids[at] === option.id) return addAt(c, at, count, votes);
  const id = label.kind === 'text' ? option.id : subjectId(option, other, entryKeyOf);
  const p = c.seed.at.get(id);
  if (p !== undefined) return addAt(c, p, count, votes);
  let counter = c.extra.get(id);
  if (!counter) {
    counter = { label: label.kind === 'text' ? label : optionSubject(option, other, entryKeyOf).label, count: 0, votes: 0 };
    c.extra.set(id, counter);
  }
  counter.count += count;
  counter.votes += votes;
}

/** Every counted option: the template's first, in its order, then the others in the order met. */
export function countedOptions(c: OptionCounts): { id: string; label: SubjectLabel; count: number; votes: number }[] {
  const { ids, labels } = c.seed;
  const list = ids.map((id, p) => ({ id, label: labels[p] as SubjectLabel, count: c.count[p] ?? 0, votes: c.votes[p] ?? 0 }));
  for (const [id, { label, count, votes }] of c.extra) list.push({ id, label, count, votes });
  return list;
}
