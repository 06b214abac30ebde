import { indexTemplate, KEY_SEPARATOR, mergeEntryIds, parseKey, sameEntryIds, type Template } from '../../domain/runtime';
import type { AnswerRecord } from '../records';

const idsOf = (record: AnswerRecord): string[] | undefined => (!record.cleared && Array.isArray(record.answer.value) ? (record.answer.value as string[]) : undefined);

/** The entries of a list that a side's records have ever held answers for (cleared ones included). */
export function entriesKnown(records: readonly AnswerRecord[], listId: string): Set<string> {
  const known = new Set<string>();
  const prefix = listId + KEY_SEPARATOR;
  for (const record of records) if (record.key.startsWith(prefix)) known.add(parseKey(record.key)?.entryId ?? '');
  return known;
}

/** Whether a key is a list's own answer (its entry ids) in this template. */
export function isListKey(template: Template | undefined, key: string): boolean {
  return template !== undefined && !key.includes(KEY_SEPARATOR) && indexTemplate(template).items.get(key)?.item.type === 'list';
}

/**
 * Two devices' versions of one list (merging an audit file): the newer list as it is, plus
 * the entries only the older side has that the newer side never held an answer for (added
 * over there meanwhile, not removed here), each after the entry it followed. An entry the
 * newer side had and removed stays removed. Undefined when the newer list needs nothing.
 */
export function mergeListRecords(newer: AnswerRecord, older: AnswerRecord, newerKnows: ReadonlySet<string>): AnswerRecord | undefined {
  const kept = idsOf(newer);
  const other = idsOf(older);
  if (!kept || !other) return undefined;
  const inNewer = new Set(kept);
  // The older side's entries the newer side knew: those it lacks were removed there.
  const base = other.filter((id) => inNewer.has(id) || newerKnows.has(id));
  const merged = mergeEntryIds(base, kept, other);
  return sameEntryIds(merged, kept) ? undefined : { ...newer, answer: { ...newer.answer, value: merged } };
}
