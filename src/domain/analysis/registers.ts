import type { Dimension, Measure } from '../template/analysis-role';
import type { EntryVisit, Visitor } from './collect';
import type { RegisterEntry, RegisterKind, Registers } from './findings';
import { areNamesClose } from './normalise-name';
import { meanBy, type ObservationIndex } from './observation';

interface Raw {
  key: string;
  spellings: Map<string, number>;
  respondents: Set<string>;
  first: number;
}

/** Collects register entries as respondents wrote them. */
export function entryCollector(): Visitor & { raw: ReadonlyMap<RegisterKind, ReadonlyMap<string, Raw>> } {
  const raw = new Map<RegisterKind, Map<string, Raw>>();
  let seen = 0;
  return {
    raw,
    visit: () => undefined,
    entry({ respondent, kind, key, name }: EntryVisit) {
      let byKey = raw.get(kind);
      if (!byKey) raw.set(kind, (byKey = new Map()));
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { key, spellings: new Map(), respondents: new Set(), first: seen++ }));
      if (name) entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      entry.respondents.add(respondent.id);
    },
  };
}

/** The spelling most people used; on a tie, the first one met (Map keeps insertion order). */
function commonName(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let most = 0;
  for (const [name, n] of spellings) if (n > most) [best, most] = [name, n];
  return best;
}

const LINK_DIMENSIONS: ReadonlySet<Dimension> = new Set(['partner', 'activity']);

function describe(kind: RegisterKind, index: ObservationIndex): Map<string, Pick<RegisterEntry, 'subjects' | 'ratings' | 'links'>> {
  const observations = index.entries(kind);
  const details = new Map<string, Pick<RegisterEntry, 'subjects' | 'ratings' | 'links'>>();
  const of = (key: string) => {
    let d = details.get(key);
    if (!d) details.set(key, (d = { subjects: {}, ratings: {}, links: [] }));
    return d;
  };
  for (const o of observations) {
    if (!o.entry || !o.dimension || o.subject === undefined || o.weight <= 0) continue;
    const d = of(o.entry);
    if (o.subject === o.entry) continue; // a rating of the entry itself
    if (LINK_DIMENSIONS.has(o.dimension)) {
      if (!d.links.includes(o.subject)) d.links.push(o.subject);
      continue;
    }
    const ids = (d.subjects[o.dimension] ??= []);
    if (!ids.includes(o.subject)) ids.push(o.subject);
  }
  const ratings = meanBy(
    observations.filter((o) => o.value !== undefined && o.column === undefined),
    (o) => (o.entry && o.measure ? `${o.entry}\n${o.measure}` : undefined),
  );
  for (const [key, { mean }] of ratings) {
    const [entry = '', measure] = key.split('\n');
    of(entry).ratings[measure as Measure] = mean;
  }
  return details;
}

/**
 * Pairs of names close enough that a person should look: never merged automatically,
 * because "Police" and "Military police" are different organisations.
 */
function flagDuplicates(entries: RegisterEntry[], minSimilarity: number): void {
  const named = entries.filter((e) => !e.key.includes(':~')).map((e) => ({ e, name: e.key.slice(e.key.indexOf(':') + 1).replace(/-/g, ' ') }));
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i];
      const b = named[j];
      if (a && b && areNamesClose(a.name, b.name, minSimilarity)) {
        a.e.possibleDuplicates.push(b.e.key);
        b.e.possibleDuplicates.push(a.e.key);
      }
    }
  }
}

/** Registers merged across respondents: one entry per normalised name, most-listed first. */
export function mergeRegisters(raw: ReadonlyMap<RegisterKind, ReadonlyMap<string, Raw>>, index: ObservationIndex, minSimilarity: number): Registers {
  const merge = (kind: RegisterKind): RegisterEntry[] => {
    const details = describe(kind, index);
    const entries = [...(raw.get(kind)?.values() ?? [])]
      .sort((a, b) => b.respondents.size - a.respondents.size || a.first - b.first)
      .map((r): RegisterEntry => ({
        key: r.key,
        name: commonName(r.spellings),
        spellings: [...r.spellings.keys()],
        respondents: r.respondents.size,
        ...(details.get(r.key) ?? { subjects: {}, ratings: {}, links: [] }),
        possibleDuplicates: [],
      }));
    flagDuplicates(entries, minSimilarity);
    return entries;
  };
  return { partners: merge('partners'), activities: merge('activities'), places: merge('places') };
}
