import { DIMENSIONS, type Dimension } from '../template/analysis-role';
import { CONCERN_DIMENSIONS, type SubjectFacts } from './concern';
import type { CoverageSummary, FrameworkElementSummary, GapKind, Registers, SubjectLabel, SubjectRef } from './findings';
import { normaliseName } from './normalise-name';
import type { GapText } from './gap-text';
import type { SubjectBook } from './subjects';
import { ALL_COLUMNS, ALL_ITEMS, NO_COLUMN, type TallyStore } from './tally-store';

/** A gap before scoring: what it is, and the raw evidence the score is made from. */
export interface GapCandidate {
  id: string;
  kind: GapKind;
  subject?: SubjectRef;
  option?: { itemId: string; id: string; label: SubjectLabel };
  text?: string;
  support: number;
  /** Measured concern 0..1, when there is one. */
  concern?: number;
  /** Concern to use when none was measured. */
  defaultConcern: number;
  /** Capacity specific to the subject (e.g. awareness of a group's risk), 0..1. */
  subjectCapacity?: number;
}

export interface GapContext {
  store: TallyStore;
  book: SubjectBook;
  facts: ReadonlyMap<Dimension, SubjectFacts>;
  registers: Registers;
  coverage: CoverageSummary;
  indicatorTotals: ReadonlyMap<string, number>;
  elements: readonly FrameworkElementSummary[];
  /** People who were shown an activity register: evidence that what no activity addresses is really missing. */
  askedAboutActivities: number;
  texts: readonly GapText[];
  groupCapacity(id: string): number | undefined;
  uncoveredConcern: number;
  weakElement: number;
}

/** Defaults when a gap's subject has no measured concern; chosen so measured gaps of real concern rank above them. */
export const DEFAULT_CONCERN = { sectorWithIndicators: 0.6, element: 0.5, named: 0.5 } as const;
const LABOUR_INSPECTION = 'labour-inspection';

/** Stable short id for a free-text gap: FNV-1a of the normalised text. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

function uncoveredGroups(ctx: GapContext, named: Map<string, number>): GapCandidate[] {
  const coverageKnown = ctx.askedAboutActivities > 0 || ctx.store.slice('coverage', 'group').size > 0;
  // Without a single question about activities, "no activity reaches it" would be a guess.
  if (!coverageKnown) return [];
  const facts = ctx.facts.get('group');
  return ctx.coverage.groupsByActivities.uncovered.flatMap((id) => {
    const concern = facts?.concern.get(id);
    if (!concern || concern.mean < ctx.uncoveredConcern) return [];
    // People naming the group "not reached" back the same gap, so it appears once.
    const support = Math.max(facts?.mentions.get(id) ?? 0, concern.weight) + (named.get(`group:${id}`) ?? 0);
    named.delete(`group:${id}`);
    return [{ id: `uncovered-group:${id}`, kind: 'uncovered-group', subject: ctx.book.ref('group', id), support, concern: concern.mean, defaultConcern: concern.mean, subjectCapacity: ctx.groupCapacity(id) }];
  });
}

function sectorsWithoutInspection(ctx: GapContext): GapCandidate[] {
  const inspectors = new Set(ctx.registers.partners.filter((p) => p.subjects['partner-type']?.includes(LABOUR_INSPECTION)).map((p) => p.key));
  const cells = ctx.coverage.sectorsByPartners.cells;
  const facts = ctx.facts.get('sector');
  return [...ctx.indicatorTotals].flatMap(([id, support]) => {
    if (support <= 0 || (cells[id] ?? []).some((key) => inspectors.has(key))) return [];
    const concern = facts?.concern.get(id)?.mean;
    return [{ id: `sector-without-inspection:${id}`, kind: 'sector-without-inspection', subject: ctx.book.ref('sector', id), support, ...(concern !== undefined ? { concern } : {}), defaultConcern: DEFAULT_CONCERN.sectorWithIndicators }];
  });
}

function elementGaps(ctx: GapContext): GapCandidate[] {
  // "No activity addresses it" is known only where activities were placed in the framework
  // at all: with that optional question left empty everywhere, every element would read
  // unaddressed and outrank what respondents said.
  const placed = ctx.elements.some((element) => element.activities > 0);
  return ctx.elements.flatMap((element): GapCandidate[] => {
    const id = element.subject.id;
    const concern = element.addressed !== undefined ? 1 - element.addressed : undefined;
    const measured = concern !== undefined ? { concern } : {};
    if (ctx.askedAboutActivities > 0 && placed && element.activities === 0) {
      return [{ id: `element-unaddressed:${id}`, kind: 'element-unaddressed', subject: element.subject, support: Math.max(ctx.askedAboutActivities, element.rated), ...measured, defaultConcern: DEFAULT_CONCERN.element }];
    }
    if (element.addressed !== undefined && element.addressed < ctx.weakElement) {
      return [{ id: `element-weak:${id}`, kind: 'element-weak', subject: element.subject, support: element.rated, ...measured, defaultConcern: DEFAULT_CONCERN.element }];
    }
    return [];
  });
}

function namedSubjects(ctx: GapContext, named: Map<string, number>): GapCandidate[] {
  return [...named].map(([key, support]) => {
    const [dimension, ...rest] = key.split(':') as [Dimension, ...string[]];
    const id = rest.join(':');
    const concernDimension = (CONCERN_DIMENSIONS as readonly Dimension[]).includes(dimension);
    const concern = concernDimension ? ctx.facts.get(dimension)?.concern.get(id)?.mean : undefined;
    const subjectCapacity = dimension === 'group' ? ctx.groupCapacity(id) : undefined;
    return {
      id: `named:${key}`, kind: 'named', subject: ctx.book.ref(dimension, id), support,
      ...(concern !== undefined ? { concern } : {}), defaultConcern: DEFAULT_CONCERN.named, ...(subjectCapacity !== undefined ? { subjectCapacity } : {}),
    };
  });
}

function namedOptions(ctx: GapContext): GapCandidate[] {
  const gaps: GapCandidate[] = [];
  for (const [itemId, columns] of ctx.store.slice('gap', undefined)) {
    if (itemId === ALL_ITEMS) continue;
    for (const [id, t] of columns) {
      if (id === NO_COLUMN || id === ALL_COLUMNS || t.chosen <= 0) continue;
      gaps.push({ id: `named-option:${itemId}:${id}`, kind: 'named', option: { itemId, id, label: t.label ?? { kind: 'plain', text: id } }, support: t.chosen, defaultConcern: DEFAULT_CONCERN.named });
    }
  }
  return gaps;
}

function namedTexts(ctx: GapContext): GapCandidate[] {
  const byText = new Map<string, { text: string; respondents: Set<string> }>();
  for (const t of ctx.texts) {
    const key = normaliseName(t.text);
    if (!key) continue;
    const entry = byText.get(key) ?? { text: t.text, respondents: new Set<string>() };
    entry.respondents.add(t.respondentId);
    byText.set(key, entry);
  }
  return [...byText].map(([key, { text, respondents }]) => ({ id: `named-text:${textHash(key)}`, kind: 'named', text, support: respondents.size, defaultConcern: DEFAULT_CONCERN.named }));
}

/** Every gap the answers show or name, unscored. */
export function findGaps(ctx: GapContext): GapCandidate[] {
  // Choices name gaps; ratings say how well something is addressed and are read elsewhere.
  const named = new Map<string, number>();
  for (const dimension of DIMENSIONS) {
    for (const [id, columns] of ctx.store.slice('gap', dimension)) {
      const chosen = columns.get(NO_COLUMN)?.chosen ?? 0;
      if (chosen > 0) named.set(`${dimension}:${id}`, chosen);
    }
  }
  return [...uncoveredGroups(ctx, named), ...sectorsWithoutInspection(ctx), ...elementGaps(ctx), ...namedSubjects(ctx, named), ...namedOptions(ctx), ...namedTexts(ctx)];
}
