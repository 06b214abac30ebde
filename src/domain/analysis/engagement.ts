import type { EngagementSummary, Registers } from './findings';
import { ALL_ITEMS, meanOf, NO_COLUMN, type TallyStore } from './tally-store';

const round = (n: number) => Math.round(n * 1000) / 1000;

/** How engaged each partner is (register ratings), and community-wide cooperation and trust. */
export function engagementSummary(store: TallyStore, registers: Registers): EngagementSummary {
  const items: EngagementSummary['items'] = [];
  for (const [itemId, columns] of store.slice('engagement', undefined)) {
    const t = columns.get(NO_COLUMN);
    const mean = meanOf(t);
    if (itemId !== ALL_ITEMS && t && mean !== undefined) items.push({ itemId, mean, rated: round(t.weight) });
  }
  return {
    partners: registers.partners.map((p) => {
      const t = store.entries.get(p.key)?.ratings.get('engagement');
      const mean = meanOf(t);
      return { key: p.key, name: p.name, ...(mean !== undefined ? { mean } : {}), rated: round(t?.weight ?? 0) };
    }),
    items,
  };
}
