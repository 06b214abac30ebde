/**
 * Register names typed by different people must meet: "Maison d'Hébergement" and
 * "maison d hebergement " are one organisation. Case, accents, punctuation and spacing
 * are ignored; letters and digits of any script are kept.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A normalised name as part of an id: words joined by hyphens, like template ids. */
export function nameSlug(name: string): string {
  return normaliseName(name).replace(/ /g, '-');
}

/**
 * Edit distance, giving up as soon as it exceeds `limit` (then returns limit + 1): the
 * duplicate check only needs to know whether two names are close, and most are not.
 */
export function boundedLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** Whole-word containment ("ywca" in "ywca shelter"), so "art" does not match "partners". */
function containsWords(long: string, short: string): boolean {
  return short.length >= 3 && ` ${long} `.includes(` ${short} `);
}

/**
 * Whether two normalised names probably name the same thing: similarity
 * 1 - distance / longer length at or above `minSimilarity`, or one name inside the other.
 * Such pairs are only flagged for a person to merge: "Police" and "Military police" are
 * not the same organisation, and only someone who knows the community can tell.
 */
export function areNamesClose(a: string, b: string, minSimilarity: number): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (containsWords(long, short)) return true;
  const limit = Math.floor((1 - minSimilarity) * long.length);
  return boundedLevenshtein(a, b, limit) <= limit;
}
