import { bandCount } from './band';
import type { ConfidenceSummary } from './findings';
import { meanBy, peopleBy, type ObservationIndex } from './observation';
import type { SubjectBook } from './subjects';

const ALL = () => 'all';
const round = (n: number) => Math.round(n * 1000) / 1000;

/** How far the audit's data can be trusted, per data source and overall (0..1). */
export function confidenceSummary(index: ObservationIndex, book: SubjectBook, threshold: number): ConfidenceSummary {
  const bySource = meanBy(index.select('confidence', 'data-source'), (o) => o.subject);
  const used = peopleBy(index.select('presence', 'data-source'), (o) => o.subject);
  const ids = [...new Set([...used.keys(), ...bySource.keys()])].sort((a, b) => book.order('data-source', a) - book.order('data-source', b));
  const overall = meanBy(index.select('confidence'), ALL).get('all');
  const sources = ids.map((id) => {
    const rated = bySource.get(id);
    return { subject: book.ref('data-source', id), ...(rated ? { mean: rated.mean } : {}), rated: round(rated?.weight ?? 0), used: bandCount(used.get(id) ?? 0, threshold) };
  });
  const means = [...bySource.values()].map((m) => m.mean);
  // Sources rated one by one say more than a single overall impression, so they come first.
  const mean = means.length ? means.reduce((a, b) => a + b, 0) / means.length : overall?.mean;
  return {
    sources,
    overall: { ...(overall ? { mean: overall.mean } : {}), rated: round(overall?.weight ?? 0) },
    ...(mean !== undefined ? { mean } : {}),
  };
}

/**
 * Capacity to act, 0..1: ratings, scale matrices and yes/no questions tagged capacity.
 * Single choices tagged capacity are left out: their options have no agreed order
 * (some lists run from most to least, others the other way).
 */
export function capacityMeans(index: ObservationIndex): { general?: number; bySubject(dimension: 'group' | 'sector', id: string): number | undefined } {
  const general = meanBy(index.select('capacity').filter((o) => o.column === undefined), ALL).get('all')?.mean;
  const group = meanBy(index.select('capacity', 'group'), (o) => o.subject);
  const sector = meanBy(index.select('capacity', 'sector'), (o) => o.subject);
  return {
    ...(general !== undefined ? { general } : {}),
    bySubject: (dimension, id) => (dimension === 'group' ? group : sector).get(id)?.mean,
  };
}
