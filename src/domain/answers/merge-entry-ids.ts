/**
 * Three-way merge of a list's entry ids, for two tabs (or windows) adding and removing
 * entries of one list at the same time. `base` is what this side last knew, `local` what
 * it wants now, `stored` what the other side wrote meanwhile. Each side's additions and
 * removals are kept: this side's order, with an entry the other side added placed after
 * the entry it followed there; an entry either side removed stays removed.
 */
export function mergeEntryIds(base: readonly string[], local: readonly string[], stored: readonly string[]): string[] {
  const inBase = new Set(base);
  const inStored = new Set(stored);
  const result = [...new Set(local)].filter((id) => !inBase.has(id) || inStored.has(id));
  const present = new Set(result);
  let cursor = 0;
  for (const id of new Set(stored)) {
    if (present.has(id)) {
      cursor = result.indexOf(id) + 1;
      continue;
    }
    // In stored, not here: added there (keep it) unless this side knew it and removed it.
    if (inBase.has(id)) continue;
    result.splice(cursor, 0, id);
    present.add(id);
    cursor++;
  }
  return result;
}

export function sameEntryIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
