/**
 * Answer keys: a top-level item's answer is stored under its id; a list item's answer is
 * its ordered entry ids; a field of a list entry is stored under "list/entry/field".
 * Ids never contain slashes, so keys split without ambiguity; nor do they contain dots,
 * which form libraries read as paths into nested objects.
 */
export const KEY_SEPARATOR = '/';

export function fieldKey(listId: string, entryId: string, fieldId: string): string {
  return `${listId}${KEY_SEPARATOR}${entryId}${KEY_SEPARATOR}${fieldId}`;
}

export interface ParsedKey {
  itemId: string;
  entryId?: string;
  fieldId?: string;
}

export function parseKey(key: string): ParsedKey | undefined {
  const parts = key.split(KEY_SEPARATOR);
  if (parts.length === 1 && parts[0]) return { itemId: parts[0] };
  if (parts.length === 3 && parts.every((part) => part.length > 0)) {
    const [itemId, entryId, fieldId] = parts as [string, string, string];
    return { itemId, entryId, fieldId };
  }
  return undefined;
}

/** Entry ids are short, random and URL-safe; callers pass the randomness for testability. */
export function newEntryId(random: () => number = Math.random): string {
  let id = 'e';
  for (let i = 0; i < 10; i++) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)];
  return id;
}
