import type { TFunction } from 'i18next';

/**
 * A translation function that remembers the words of plain keys (no options): a
 * questionnaire's first screen asks for the same few labels hundreds of times ("don't
 * know", "add a note" on every question), and each i18next lookup walks its key,
 * options and post-processing again. Calls with options, and keys i18next does not know
 * (it answers with the key itself), go to i18next every time. Messages are only ever added
 * to a language, never changed (app-i18n.ts), so a remembered word never goes stale; a
 * language switch makes a new function with nothing remembered.
 */
export function rememberedT(t: TFunction): TFunction {
  const words = new Map<string, string>();
  const call = t as unknown as (...args: unknown[]) => unknown;
  const remembered = (...args: unknown[]): unknown => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return call(...args);
    const known = words.get(key);
    if (known !== undefined) return known;
    const text = call(key);
    if (typeof text === 'string' && text !== key) words.set(key, text);
    return text;
  };
  return Object.assign(remembered, t) as unknown as TFunction;
}
