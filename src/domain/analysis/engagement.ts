import type { EngagementSummary, Registers } from './findings';
import { meanBy, type ObservationIndex } from './observation';

const round = (n: number) => Math.round(n * 1000) / 1000;

/** How engaged each partner is (register ratings), and community-wide cooperation and trust. */
export function engagementSummary(index: ObservationIndex, registers: Registers): EngagementSummary {
  const byPartner = meanBy(index.entries('partners').filter((o) => o.measure === 'engagement'), (o) => o.entry);
  const byItem = meanBy(index.select('engagement'), (o) => o.itemId);
  return {
    partners: registers.partners.map((p) => {
      const m = byPartner.get(p.key);
      return { key: p.key, name: p.name, ...(m ? { mean: m.mean } : {}), rated: round(m?.weight ?? 0) };
    }),
    items: [...byItem].map(([itemId, m]) => ({ itemId, mean: m.mean, rated: round(m.weight) })),
  };
}
