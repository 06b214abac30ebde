import type { Dimension } from '../template/analysis-role';
import type { CoverageColumn, CoverageMatrix, RegisterEntry, Registers, SubjectRef } from './findings';
import type { SubjectBook } from './subjects';
import { ALL_COLUMNS, NO_COLUMN, type TallyStore } from './tally-store';

/** Column for subjects respondents say are reached without naming an activity or partner (the rapid scan's "groups reached"). */
export const REPORTED_COLUMN = 'reported';

const column = (entry: RegisterEntry, kind: CoverageColumn['kind']): CoverageColumn => ({ key: entry.key, label: { kind: 'plain', text: entry.name }, kind });

function add(cells: Map<string, Set<string>>, row: string, key: string): void {
  let set = cells.get(row);
  if (!set) cells.set(row, (set = new Set()));
  set.add(key);
}

function matrix(rowIds: readonly string[], dimension: Dimension, columns: CoverageColumn[], cells: Map<string, Set<string>>, book: SubjectBook): CoverageMatrix {
  const ids = [...new Set([...rowIds, ...cells.keys()])];
  const used = new Set([...cells.values()].flatMap((s) => [...s]));
  const shown = columns.filter((c) => c.kind !== 'reported' || used.has(c.key));
  const order = new Map(shown.map((c, i) => [c.key, i]));
  const result: Record<string, string[]> = {};
  for (const [row, keys] of cells) result[row] = [...keys].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const rows: SubjectRef[] = ids.map((id) => book.ref(dimension, id));
  return { rows, columns: shown, cells: result, uncovered: ids.filter((id) => !cells.get(id)?.size) };
}

/**
 * Coverage answered outside registers and naming no activity or partner (the rapid
 * scan's "groups reached"): register coverage fields never reach these slices.
 */
function reported(store: TallyStore, dimension: Dimension): string[] {
  return [...store.slice('coverage', dimension)].filter(([, columns]) => (columns.get(NO_COLUMN)?.people ?? 0) > 0).map(([id]) => id);
}

/**
 * Which activity reaches which group. Rows are the groups present or of concern (in
 * concern order) and any group an activity reaches.
 */
export function groupsByActivities(rowIds: readonly string[], registers: Registers, store: TallyStore, book: SubjectBook): CoverageMatrix {
  const cells = new Map<string, Set<string>>();
  for (const activity of registers.activities) for (const group of activity.subjects.group ?? []) add(cells, group, activity.key);
  for (const group of reported(store, 'group')) add(cells, group, REPORTED_COLUMN);
  const columns = [...registers.activities.map((a) => column(a, 'activity')), { key: REPORTED_COLUMN, label: { kind: 'plain' as const, text: '' }, kind: 'reported' as const }];
  return matrix(rowIds, 'group', columns, cells, book);
}

/**
 * Which partner is active in which sector: a coverage matrix of sectors × register
 * partners, a partner's own sector field, and the partners (lead or supporting) of an
 * activity that reaches the sector — running an activity in a sector is being active in it.
 */
export function sectorsByPartners(rowIds: readonly string[], registers: Registers, store: TallyStore, book: SubjectBook): CoverageMatrix {
  const cells = new Map<string, Set<string>>();
  for (const [sector, columns] of store.slice('coverage', 'sector')) {
    for (const [key, t] of columns) if (key !== NO_COLUMN && key !== ALL_COLUMNS && t.columnDimension === 'partner' && t.people > 0) add(cells, sector, key);
  }
  for (const partner of registers.partners) for (const sector of partner.subjects.sector ?? []) add(cells, sector, partner.key);
  const partnerKeys = new Set(registers.partners.map((p) => p.key));
  for (const activity of registers.activities) {
    const partners = activity.links.filter((key) => partnerKeys.has(key));
    for (const sector of activity.subjects.sector ?? []) for (const key of partners) add(cells, sector, key);
  }
  for (const sector of reported(store, 'sector')) add(cells, sector, REPORTED_COLUMN);
  const columns = [...registers.partners.map((p) => column(p, 'partner')), { key: REPORTED_COLUMN, label: { kind: 'plain' as const, text: '' }, kind: 'reported' as const }];
  return matrix(rowIds, 'sector', columns, cells, book);
}
