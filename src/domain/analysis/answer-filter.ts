import { hasGroupAnswer, isEmptyValue, type Answer, type GroupAnswer } from '../answers/answer';
import type { FieldItem, Item } from '../template/item-schema';
import type { RegisterKind } from './findings';
import { nameSlug } from './normalise-name';
import type { Offered } from './offered-options';

// How the walk decides what an answer is worth reading, and what it is called in a register.

/** Names repeat across respondents and normalising is costly (regular expressions), so slugs are remembered. */
const slugs = new Map<string, string>();
function cachedSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size > 10_000) slugs.clear();
    slugs.set(name, (slug = nameSlug(name)));
  }
  return slug;
}

/**
 * Keys of named entries are remembered too: the same string for everyone who listed the
 * entry, so that the maps keyed by it compare it at once instead of character by character.
 */
const namedKeys = new Map<RegisterKind, Map<string, string>>();
function namedKey(kind: RegisterKind, normalised: string): string {
  let keys = namedKeys.get(kind);
  if (!keys) namedKeys.set(kind, (keys = new Map()));
  let key = keys.get(normalised);
  if (key === undefined) {
    if (keys.size > 10_000) keys.clear();
    keys.set(normalised, (key = `${kind}:${normalised}`));
  }
  return key;
}

/** The key an entry merges under: its kind and normalised name (see findings.ts, RegisterEntry.key). */
export function registerKey(kind: RegisterKind, name: string | undefined, respondentId: string, entryId: string): string {
  const normalised = name ? cachedSlug(name) : '';
  // An unnamed entry cannot meet anyone else's; it still counts for its respondent.
  return normalised ? namedKey(kind, normalised) : `${kind}:~${respondentId}/${entryId}`;
}

/**
 * Which ids a group's counts may name: the offered options of a choice (or yes and no),
 * or the points of a rating's scale. Plain data rather than a predicate, so that checking
 * an answer creates no function.
 */
interface Known {
  options: ReadonlyMap<string, number> | undefined;
  min: number;
  max: number;
}

function isKnown(known: Known, id: string): boolean {
  if (known.options) return known.options.has(id);
  const point = Number(id);
  return Number.isInteger(point) && point >= known.min && point <= known.max;
}

/** Whether every count would stay: then the group is used as it is, without copying. */
function allKept(counts: Record<string, number> | undefined, known: Known): boolean {
  if (!counts) return true;
  for (const id in counts) {
    const n = counts[id];
    if (Object.hasOwn(counts, id) && !(isKnown(known, id) && Number.isFinite(n) && (n ?? 0) > 0)) return false;
  }
  return true;
}

/** Tallies and votes for options no longer offered go, like stale choices in the value. */
function keepOffered(group: GroupAnswer | undefined, known: Known): GroupAnswer | undefined {
  if (!group) return group;
  if (allKept(group.tally, known) && allKept(group.votes, known)) return group;
  const filter = (counts: Record<string, number> | undefined) =>
    counts && Object.fromEntries(Object.entries(counts).filter(([id, n]) => isKnown(known, id) && Number.isFinite(n) && n > 0));
  return { ...group, tally: filter(group.tally), votes: filter(group.votes) };
}

const YES_NO_IDS: ReadonlyMap<string, number> = new Map([['yes', 0], ['no', 1]]);
const KNOWN: Known = { options: undefined, min: 0, max: 0 };

export function cleanGroup(item: Item | FieldItem, answer: Answer, options: Offered): Answer {
  if (!answer.group) return answer;
  if (item.type === 'single-choice' || item.type === 'multi-choice' || item.type === 'yes-no' || item.type === 'rating') {
    // One Known object, refilled: answers are cleaned one at a time.
    KNOWN.options = item.type === 'rating' ? undefined : item.type === 'yes-no' ? YES_NO_IDS : options.optionAt;
    KNOWN.min = item.type === 'rating' ? item.scale.min : 0;
    KNOWN.max = item.type === 'rating' ? item.scale.max : 0;
    const group = keepOffered(answer.group, KNOWN);
    return group === answer.group ? answer : { ...answer, group };
  }
  // Tallies of matrices, numbers and texts have no agreed meaning: only contributions count.
  return { ...answer, group: { contributions: answer.group.contributions } };
}

/**
 * Answers no analysis reads: dates, and free text that names no gap. They still count
 * when a workshop wrote contributions to them (workshops have no registers, so list fields
 * are skipped outright); anything else is passed over unread, which spares a large audit
 * a fifth of its work.
 */
export function unread(item: Item | FieldItem, stored: Answer): boolean {
  if (item.type !== 'date' && item.type !== 'text' && item.type !== 'long-text') return false;
  return item.analysis?.measure !== 'gap' && !stored.group?.contributions?.length;
}

/** isAnswered without building key lists for matrix values: this runs for every answer. */
export function answered(answer: Answer): boolean {
  if (answer.special !== undefined) return true;
  const value = answer.value;
  if (value !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const key in value) if (Object.hasOwn(value, key)) return true;
  } else if (!isEmptyValue(value)) return true;
  return hasGroupAnswer(answer.group);
}

