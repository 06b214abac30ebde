import { newEntryId } from '../../src/domain';

/**
 * Ids that look like the app's (UUIDs for records, `e` + 10 characters for list entries)
 * but come from a seed string, so the example regenerates byte for byte and adding one
 * entry never renumbers the others.
 */
function hash32(seed: string): number {
  // FNV-1a: tiny, stable across platforms, good enough to spread seeds.
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small deterministic generator with the shape of Math.random. */
function seededRandom(seed: string): () => number {
  let state = hash32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped UUID, like crypto.randomUUID() in the app. */
export function seededUuid(seed: string): string {
  const random = seededRandom(`uuid:${seed}`);
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A list entry id made by the domain's own generator, fed a seeded random. */
export function seededEntryId(seed: string): string {
  return newEntryId(seededRandom(`entry:${seed}`));
}
