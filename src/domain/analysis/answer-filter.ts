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

/** Whether every count would stay: then the group is used as it is, without copying. */
function allKept(counts: Record<string, number> | undefined, offered: (id: string) => boolean): boolean {
  if (!counts) return true;
  for (const id in counts) {
    const n = counts[id];
    if (Object.hasOwn(counts, id) && !(offered(id) && Number.isFinite(n) && (n ?? 0) > 0)) return false;
  }
  return true;
}

/** Tallies and votes for options no longer offered go, like stale choices in the value. */
function keepOffered(group: GroupAnswer | undefined, offered: (id: string) => boolean): GroupAnswer | undefined {
  if (!group) return group;
  if (allKept(group.tally, offered) && allKept(group.votes, offered)) return group;
  const filter = (counts: Record<string, number> | undefined) =>
    counts && Object.fromEntries(Object.entries(counts).filter(([id, n]) => offered(id) && Number.isFinite(n) && n > 0));
  return { ...group, tally: filter(group.tally), votes: filter(group.votes) };
}

export function cleanGroup(item: Item | FieldItem, answer: Answer, options: Offered): Answer {
  if (!answer.group) return answer;
  if (item.type === 'single-choice' || item.type === 'multi-choice' || item.type === 'yes-no') {
    const offered = (id: string) => (item.type === 'yes-no' ? id === 'yes' || id === 'no' : options.optionAt.has(id));
    const group = keepOffered(answer.group, offered);
    return group === answer.group ? answer : { ...answer, group };
  }
  if (item.type === 'rating') {
    const { min, max } = item.scale;
    const group = keepOffered(answer.group, (id) => Number.isInteger(Number(id)) && Number(id) >= min && Number(id) <= max);
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

