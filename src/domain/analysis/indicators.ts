import { bandCount } from './band';
import type { Band, IndicatorSummary } from './findings';
import { peopleBy, type ObservationIndex } from './observation';
import type { SubjectBook } from './subjects';

/**
 * ILO indicators of forced labour per sector, counted in people. Returns the unbanded
 * totals too: a sector where anyone reported an indicator is evidence for a gap.
 */
export function indicatorSummary(index: ObservationIndex, book: SubjectBook, threshold: number): { summary: IndicatorSummary; totals: Map<string, number> } {
  const observations = index.select('indicator', 'sector').filter((o) => o.subject && o.column);
  const cellPeople = peopleBy(observations, (o) => `${o.subject}\n${o.column}`);
  const totals = peopleBy(observations, (o) => o.subject);
  const indicatorIds = [...new Set(observations.map((o) => o.column ?? ''))].sort((a, b) => book.order('ilo-indicator', a) - book.order('ilo-indicator', b));
  const sectorIds = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || book.order('sector', a) - book.order('sector', b));
  const cells: Record<string, Record<string, Band>> = {};
  for (const [key, n] of cellPeople) {
    const [sector = '', indicator = ''] = key.split('\n');
    (cells[sector] ??= {})[indicator] = bandCount(n, threshold);
  }
  const unattributed = peopleBy(index.select('presence', 'ilo-indicator'), (o) => o.subject);
  return {
    totals,
    summary: {
      rows: sectorIds.map((id) => book.ref('sector', id)),
      columns: indicatorIds.map((id) => book.ref('ilo-indicator', id)),
      cells,
      totals: Object.fromEntries(sectorIds.map((id) => [id, bandCount(totals.get(id) ?? 0, threshold)])),
      unattributed: [...unattributed]
        .sort(([a, na], [b, nb]) => nb - na || book.order('ilo-indicator', a) - book.order('ilo-indicator', b))
        .map(([id, n]) => ({ subject: book.ref('ilo-indicator', id), people: bandCount(n, threshold) })),
    },
  };
}
