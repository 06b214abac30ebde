/**
 * The bounds of one respondent's answers in the answers store's primary key
 * ([respondentId+key]), lower included and upper excluded: `[id]` sorts before every
 * `[id, key]`, and `[id, []]` after them all, since arrays sort after strings. Records in
 * such a range lie side by side, so reading them is much faster than through an index,
 * which looks each record up again. No library here: the deep link's first read uses it.
 */
export function answerRange(respondentId: string): [lower: [string], upper: [string, never[]]] {
  return [[respondentId], [respondentId, []]];
}
