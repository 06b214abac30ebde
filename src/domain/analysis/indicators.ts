import { bandCount } from './band';
import type { Band, IndicatorSummary } from './findings';
import type { SubjectBook } from './subjects';
import { ALL_COLUMNS, column, NO_COLUMN, type TallyStore } from './tally-store';

/**
 * ILO indicators of forced labour per sector, counted in people. Returns the unbanded
 * totals too: a sector where anyone reported an indicator is evidence for a gap.
 */
export function indicatorSummary(store: TallyStore, book: SubjectBook, threshold: number): { summary: IndicatorSummary; totals: Map<string, number> } {
  const slice = store.slice('indicator', 'sector');
  const totals = new Map<string, number>();
  const cells: Record<string, Record<string, Band>> = {};
  const indicatorIds = new Set<string>();
  for (const [sector, columns] of slice) {
    for (const [indicator, t] of columns) {
      if (t.people <= 0 || indicator === NO_COLUMN) continue;
      if (indicator === ALL_COLUMNS) totals.set(sector, t.people);
      else {
        (cells[sector] ??= {})[indicator] = bandCount(t.people, threshold);
        indicatorIds.add(indicator);
      }
    }
  }
  const sectorIds = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || book.order('sector', a) - book.order('sector', b));
  const unattributed = [...column(store.slice('presence', 'ilo-indicator'), NO_COLUMN)].filter(([, t]) => t.people > 0);
  return {
    totals,
    summary: {
      rows: sectorIds.map((id) => book.ref('sector', id)),
      columns: [...indicatorIds].sort((a, b) => book.order('ilo-indicator', a) - book.order('ilo-indicator', b)).map((id) => book.ref('ilo-indicator', id)),
      cells,
      totals: Object.fromEntries(sectorIds.map((id) => [id, bandCount(totals.get(id) ?? 0, threshold)])),
      unattributed: unattributed
        .sort(([a, ta], [b, tb]) => tb.people - ta.people || book.order('ilo-indicator', a) - book.order('ilo-indicator', b))
        .map(([id, t]) => ({ subject: book.ref('ilo-indicator', id), people: bandCount(t.people, threshold) })),
    },
  };
}
