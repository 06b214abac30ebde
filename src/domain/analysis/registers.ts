import type { Measure } from '../template/analysis-role';
import type { EntryVisit, Visitor } from './collect';
import type { RegisterEntry, RegisterKind, Registers } from './findings';
import { areNamesClose } from './normalise-name';
import { meanOf, type TallyStore } from './tally-store';

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
export function mergeRegisters(raw: ReadonlyMap<RegisterKind, ReadonlyMap<string, Raw>>, store: TallyStore, minSimilarity: number): Registers {
  const details = (key: string): Pick<RegisterEntry, 'subjects' | 'ratings' | 'links'> => {
    const facts = store.entries.get(key);
    const ratings: Partial<Record<Measure, number>> = {};
    for (const [measure, t] of facts?.ratings ?? []) {
      const mean = meanOf(t);
      if (mean !== undefined) ratings[measure] = mean;
    }
    return { subjects: facts?.subjects ?? {}, ratings, links: facts?.links ?? [] };
  };
  const merge = (kind: RegisterKind): RegisterEntry[] => {
    const entries = [...(raw.get(kind)?.values() ?? [])]
      .sort((a, b) => b.respondents.size - a.respondents.size || a.first - b.first)
      .map((r): RegisterEntry => ({
        key: r.key,
        name: commonName(r.spellings),
        spellings: [...r.spellings.keys()],
        respondents: r.respondents.size,
        ...details(r.key),
        possibleDuplicates: [],
      }));
    flagDuplicates(entries, minSimilarity);
    return entries;
  };
  return { partners: merge('partners'), activities: merge('activities'), places: merge('places') };
}
