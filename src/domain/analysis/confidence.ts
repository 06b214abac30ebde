import { bandCount } from './band';
import type { ConfidenceSummary } from './findings';
import type { SubjectBook } from './subjects';
import { ALL_ITEMS, column, meanOf, NO_COLUMN, type TallyStore } from './tally-store';

const round = (n: number) => Math.round(n * 1000) / 1000;

/** How far the audit's data can be trusted, per data source and overall (0..1). */
export function confidenceSummary(store: TallyStore, book: SubjectBook, threshold: number): ConfidenceSummary {
  const rated = column(store.slice('confidence', 'data-source'), NO_COLUMN);
  const used = column(store.slice('presence', 'data-source'), NO_COLUMN);
  const ids = [...new Set([...used.keys(), ...rated.keys()])].sort((a, b) => book.order('data-source', a) - book.order('data-source', b));
  const overall = store.slice('confidence', undefined).get(ALL_ITEMS)?.get(NO_COLUMN);
  const sources = ids.map((id) => {
    const t = rated.get(id);
    const mean = meanOf(t);
    return { subject: book.ref('data-source', id), ...(mean !== undefined ? { mean } : {}), rated: round(t?.weight ?? 0), used: bandCount(used.get(id)?.people ?? 0, threshold) };
  });
  const means = sources.flatMap((s) => (s.mean !== undefined ? [s.mean] : []));
  const overallMean = meanOf(overall);
  // Sources rated one by one say more than a single overall impression, so they come first.
  const mean = means.length ? means.reduce((a, b) => a + b, 0) / means.length : overallMean;
  return {
    sources,
    overall: { ...(overallMean !== undefined ? { mean: overallMean } : {}), rated: round(overall?.weight ?? 0) },
    ...(mean !== undefined ? { mean } : {}),
  };
}

/**
 * Capacity to act, 0..1: ratings, scale matrices and yes/no questions tagged capacity.
 * Single choices tagged capacity are left out: their options have no agreed order
 * (some lists run from most to least, others the other way).
 */
export function capacityMeans(store: TallyStore): { general?: number; bySubject(dimension: 'group' | 'sector', id: string): number | undefined } {
  const general = meanOf(store.slice('capacity', undefined).get(ALL_ITEMS)?.get(NO_COLUMN));
  return {
    ...(general !== undefined ? { general } : {}),
    bySubject: (dimension, id) => meanOf(store.slice('capacity', dimension).get(id)?.get(NO_COLUMN)),
  };
}
