import type { MatrixCell } from '../answers/answer';
import type { ResolvedOption } from '../engine/resolve-options';
import type { Visit } from './collect';

export interface ChoicePart {
  option: ResolvedOption;
  /** People choosing it (0 when it only has dots). */
  weight: number;
  votes: number;
}

const YES_NO: readonly ResolvedOption[] = ['yes', 'no'].map((id) => ({ id, label: { kind: 'text', text: { en: id } } }));
const byIdCache = new WeakMap<readonly ResolvedOption[], Map<string, ResolvedOption>>();

function byId(options: readonly ResolvedOption[]): Map<string, ResolvedOption> {
  let map = byIdCache.get(options);
  if (!map) byIdCache.set(options, (map = new Map(options.map((o) => [o.id, o]))));
  return map;
}

/** Offered choice options of an item (yes/no included). */
export function choiceOptions(visit: Visit): readonly ResolvedOption[] {
  return visit.item.type === 'yes-no' ? YES_NO : visit.options.options;
}

function positive(counts: Readonly<Record<string, number>> | undefined): [string, number][] {
  return counts ? Object.entries(counts).filter(([, n]) => n > 0) : [];
}

/**
 * The options a choice answer gives weight to. A workshop tally counts people per option
 * and, when present, replaces the group's consensus value (it says more); a consensus or
 * a single respondent's choice counts once. Dot votes are kept apart as votes.
 */
export function choiceParts(visit: Visit): ChoicePart[] {
  const options = byId(choiceOptions(visit));
  const { value, group } = visit.answer;
  const parts = new Map<string, ChoicePart>();
  const tally = positive(group?.tally);
  if (tally.length) {
    for (const [id, n] of tally) {
      const option = options.get(id);
      if (option) parts.set(id, { option, weight: n, votes: 0 });
    }
  } else {
    const chosen = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    for (const id of chosen) {
      const option = options.get(id);
      if (option) parts.set(id, { option, weight: 1, votes: 0 });
    }
  }
  for (const [id, n] of positive(group?.votes)) {
    const option = options.get(id);
    if (!option) continue;
    const part = parts.get(id) ?? { option, weight: 0, votes: 0 };
    part.votes += n;
    parts.set(id, part);
  }
  return [...parts.values()];
}

/** Points of a rating with the people behind each: a tally per point, or the value once. */
export function ratingParts(visit: Visit): { point: number; weight: number }[] {
  const tally = positive(visit.answer.group?.tally);
  if (tally.length) return tally.map(([point, weight]) => ({ point: Number(point), weight }));
  const value = visit.answer.value;
  return typeof value === 'number' && Number.isFinite(value) ? [{ point: value, weight: 1 }] : [];
}

/** Cells of a matrix answer with their row as offered now. */
export function matrixCells(visit: Visit): { row: ResolvedOption; cell: MatrixCell }[] {
  const value = visit.answer.value;
  if (value === undefined || typeof value !== 'object' || Array.isArray(value)) return [];
  const rows = byId(visit.options.rows);
  const cells: { row: ResolvedOption; cell: MatrixCell }[] = [];
  for (const [rowId, cell] of Object.entries(value)) {
    const row = rows.get(rowId);
    if (row) cells.push({ row, cell });
  }
  return cells;
}

/** Column ids chosen in a choice-matrix cell. */
export function cellChoices(cell: MatrixCell): string[] {
  return typeof cell === 'string' ? [cell] : Array.isArray(cell) ? cell : [];
}

/** Optional map lookup for column options. */
export function optionById(options: readonly ResolvedOption[], id: string): ResolvedOption | undefined {
  return byId(options).get(id);
}

/** A point of a scale on 0..1. */
export function normalise(point: number, min: number, max: number): number {
  return max > min ? Math.min(1, Math.max(0, (point - min) / (max - min))) : 0;
}
