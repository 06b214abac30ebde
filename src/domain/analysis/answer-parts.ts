import type { MatrixCell } from '../answers/answer';
import type { ResolvedOption } from '../engine/resolve-options';
import type { Visit } from './collect';

const YES_NO: readonly ResolvedOption[] = ['yes', 'no'].map((id) => ({ id, label: { kind: 'text', text: { en: id } } }));
const YES_NO_INDEX: ReadonlyMap<string, ResolvedOption> = new Map(YES_NO.map((o) => [o.id, o]));

/** Offered choice options of an item (yes/no included). */
export function choiceOptions(visit: Visit): readonly ResolvedOption[] {
  return visit.plan.type === 'yes-no' ? YES_NO : visit.options.options;
}

function positive(counts: Readonly<Record<string, number>> | undefined): [string, number][] {
  return counts ? Object.entries(counts).filter(([, n]) => n > 0) : [];
}

/**
 * Calls back for each option a choice answer gives weight to. A workshop tally counts
 * people per option and, when present, replaces the group's consensus value (it says
 * more); a consensus or a single respondent's choice counts once. Dot votes come as votes
 * (an option with dots only comes with weight 0). No arrays are built: this runs for
 * every choice of every respondent.
 */
/** Receives the choices of one answer; one sink object serves every answer, so nothing is allocated per answer. */
export interface ChoiceSink {
  choice(visit: Visit, option: ResolvedOption, weight: number, votes: number): void;
}

export function forEachChoice(visit: Visit, sink: ChoiceSink): void {
  const options = visit.plan.type === 'yes-no' ? YES_NO_INDEX : visit.options.optionIndex;
  const { value, group } = visit.answer;
  const votes = group?.votes;
  const tally = hasPositive(group?.tally) ? group?.tally : undefined;
  if (tally) {
    for (const id in tally) {
      const option = options.get(id);
      const n = tally[id] ?? 0;
      if (option && n > 0) sink.choice(visit, option, n, dots(votes, id));
    }
  } else if (typeof value === 'string') {
    const option = options.get(value);
    if (option) sink.choice(visit, option, 1, dots(votes, value));
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const id = value[i] ?? '';
      const option = options.get(id);
      if (option && value.indexOf(id) === i) sink.choice(visit, option, 1, dots(votes, id));
    }
  }
  if (!votes) return;
  for (const id in votes) {
    const option = options.get(id);
    const weighted = tally ? (tally[id] ?? 0) > 0 : value === id || (Array.isArray(value) && value.includes(id));
    if (option && !weighted && dots(votes, id) > 0) sink.choice(visit, option, 0, dots(votes, id));
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

/** Points of a rating with the people behind each: a tally per point, or the value once. */
export function ratingParts(visit: Visit): { point: number; weight: number }[] {
  const tally = positive(visit.answer.group?.tally);
  if (tally.length) return tally.map(([point, weight]) => ({ point: Number(point), weight }));
  const value = visit.answer.value;
  return typeof value === 'number' && Number.isFinite(value) ? [{ point: value, weight: 1 }] : [];
}

/** Calls back for each cell of a matrix answer whose row is still offered (no arrays built: see forEachChoice). */
export function forEachCell(visit: Visit, each: (row: ResolvedOption, cell: MatrixCell) => void): void {
  const value = visit.answer.value;
  if (value === undefined || typeof value !== 'object' || Array.isArray(value)) return;
  const rows = visit.options.rowIndex;
  for (const rowId in value) {
    const row = rows.get(rowId);
    const cell = value[rowId];
    if (row && cell !== undefined) each(row, cell);
  }
}

/** Column ids chosen in a choice-matrix cell. */
export function cellChoices(cell: MatrixCell): string[] {
  return typeof cell === 'string' ? [cell] : Array.isArray(cell) ? cell : [];
}

/** Optional map lookup for column options. */
export function optionById(visit: Visit, id: string): ResolvedOption | undefined {
  return visit.options.optionIndex.get(id);
}

/** A point of a scale on 0..1. */
export function normalise(point: number, min: number, max: number): number {
  return max > min ? Math.min(1, Math.max(0, (point - min) / (max - min))) : 0;
}
