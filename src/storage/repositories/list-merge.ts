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
 * Two devices' versions of one list (merging an audit file). A file holds no history, so
 * what both sides knew stands for it: an entry a side lists or holds an answer for (even a
 * cleared one). An entry both knew and one side no longer lists was removed there, and stays
 * removed; an entry only one side knows was added there, and is kept, after the entry it
 * followed. The newer list's order wins. Undefined when the newer list needs nothing.
 */
export function mergeListRecords(newer: AnswerRecord, older: AnswerRecord, newerKnows: ReadonlySet<string>, olderKnows: ReadonlySet<string>): AnswerRecord | undefined {
  const kept = idsOf(newer);
  const other = idsOf(older);
  if (!kept || !other) return undefined;
  const knownBy = (ids: readonly string[], records: ReadonlySet<string>) => (id: string) => ids.includes(id) || records.has(id);
  const newerKnew = knownBy(kept, newerKnows);
  const olderKnew = knownBy(other, olderKnows);
  const base = [...new Set([...kept, ...other])].filter((id) => newerKnew(id) && olderKnew(id));
  const merged = mergeEntryIds(base, kept, other);
  return sameEntryIds(merged, kept) ? undefined : { ...newer, answer: { ...newer.answer, value: merged } };
}
