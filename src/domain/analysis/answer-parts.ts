import type { Answer, MatrixCell } from '../answers/answer';
import type { ResolvedOption } from '../engine/resolve-options';
import type { Offered } from './offered-options';

// One answer taken apart once, for every visitor that reads it (collect.ts decodes, the
// observer and the question summaries read). A large audit has hundreds of thousands of
// answers: the parts go into arrays reused from one answer to the next, of which only the
// first `n` entries count, so that decoding allocates nothing.

const YES_NO: readonly ResolvedOption[] = ['yes', 'no'].map((id) => ({ id, label: { kind: 'text', text: { en: id } } }));
const YES_NO_AT: ReadonlyMap<string, number> = new Map(YES_NO.map((o, i) => [o.id, i]));

/** The options a choice answer gives weight or dots to, each with its position among the offered options. */
export interface Choices {
  n: number;
  option: ResolvedOption[];
  at: number[];
  /** People behind the choice: a tally's count, else 1 (0 for an option with dots only). */
  weight: number[];
  votes: number[];
}

/** Points of a rating with the people behind each: a tally per point, or the value once. */
export interface Points {
  n: number;
  point: number[];
  weight: number[];
}

/** Cells of a matrix answer whose row is still offered, in the answer's order. */
export interface Cells {
  n: number;
  row: ResolvedOption[];
  /** Position of the row among the offered rows. */
  at: number[];
  cell: MatrixCell[];
}

export const emptyChoices = (): Choices => ({ n: 0, option: [], at: [], weight: [], votes: [] });
export const emptyPoints = (): Points => ({ n: 0, point: [], weight: [] });
export const emptyCells = (): Cells => ({ n: 0, row: [], at: [], cell: [] });

/** Offered choice options of an item (yes/no included). */
export function choiceOptions(yesNo: boolean, offered: Offered): readonly ResolvedOption[] {
  return yesNo ? YES_NO : offered.options;
}

function push(out: Choices, option: ResolvedOption, at: number, weight: number, votes: number): void {
  const i = out.n++;
  out.option[i] = option;
  out.at[i] = at;
  out.weight[i] = weight;
  out.votes[i] = votes;
}

/**
 * The options a choice answer gives weight to. A workshop tally counts people per option
 * and, when present, replaces the group's consensus value (it says more); a consensus or a
 * single respondent's choice counts once. Dot votes come as votes (an option with dots
 * only comes with weight 0). Options no longer offered are left out.
 */
export function decodeChoices(answer: Answer, yesNo: boolean, offered: Offered, out: Choices): void {
  out.n = 0;
  const options = yesNo ? YES_NO : offered.options;
  const at = yesNo ? YES_NO_AT : offered.optionAt;
  const { value, group } = answer;
  const votes = group?.votes;
  const tally = hasPositive(group?.tally) ? group?.tally : undefined;
  if (tally) {
    for (const id in tally) {
      const p = at.get(id);
      const n = tally[id] ?? 0;
      if (p !== undefined && n > 0) push(out, options[p] as ResolvedOption, p, n, dots(votes, id));
    }
  } else if (typeof value === 'string') {
    const p = at.get(value);
    if (p !== undefined) push(out, options[p] as ResolvedOption, p, 1, dots(votes, value));
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const id = value[i] ?? '';
      const p = at.get(id);
      if (p !== undefined && value.indexOf(id) === i) push(out, options[p] as ResolvedOption, p, 1, dots(votes, id));
    }
  }
  if (!votes) return;
  for (const id in votes) {
    const p = at.get(id);
    const weighted = tally ? (tally[id] ?? 0) > 0 : value === id || (Array.isArray(value) && value.includes(id));
    if (p !== undefined && !weighted && dots(votes, id) > 0) push(out, options[p] as ResolvedOption, p, 0, dots(votes, id));
  }
}

function dots(votes: Readonly<Record<string, number>> | undefined, id: string): number {
  const n = votes?.[id];
  return typeof n === 'number' && n > 0 ? n : 0;
}

function hasPositive(counts: Readonly<Record<string, number>> | undefined): boolean {
  if (!counts) return false;
  for (const id in counts) if ((counts[id] ?? 0) > 0) return true;
  return false;
}

/** The points of a rating: a tally's points with positive counts (in the tally's order), else a finite value. */
export function decodePoints(answer: Answer, out: Points): void {
  out.n = 0;
  const tally = answer.group?.tally;
  if (tally) {
    for (const point in tally) {
      const weight = tally[point] as number;
      if (!(weight > 0)) continue;
      out.point[out.n] = Number(point);
      out.weight[out.n++] = weight;
    }
    if (out.n) return;
  }
  const value = answer.value;
  if (typeof value === 'number' && Number.isFinite(value)) {
    out.point[0] = value;
    out.weight[0] = 1;
    out.n = 1;
  }
}

/** The cells of a matrix answer whose row is still offered. */
export function decodeCells(answer: Answer, offered: Offered, out: Cells): void {
  out.n = 0;
  const value = answer.value;
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const { rowAt, rows } = offered;
  for (const rowId in value) {
    const p = rowAt.get(rowId);
    const cell = value[rowId];
    if (p === undefined || cell === undefined) continue;
    const i = out.n++;
    out.row[i] = rows[p] as ResolvedOption;
    out.at[i] = p;
    out.cell[i] = cell;
  }
}

/** Column ids chosen in a choice-matrix cell. */
export function cellChoices(cell: MatrixCell): readonly string[] {
  return typeof cell === 'string' ? [cell] : Array.isArray(cell) ? cell : NONE;
}
const NONE: readonly string[] = [];

/** A point of a scale on 0..1. */
export function normalise(point: number, min: number, max: number): number {
  return max > min ? Math.min(1, Math.max(0, (point - min) / (max - min))) : 0;
}
