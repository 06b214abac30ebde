import type { LocalizedText } from './primitives';

/**
 * The text in the wanted language, else in the first language that has it. Templates are
 * checked to have every declared language, so the fallback only serves damaged data.
 */
export function localize(text: LocalizedText | undefined, language: string, fallbacks: readonly string[] = ['en']): string {
  if (!text) return '';
  const own = Object.prototype.hasOwnProperty.call(text, language) ? text[language] : undefined;
  if (own) return own;
  for (const lang of fallbacks) {
    const value = Object.prototype.hasOwnProperty.call(text, lang) ? text[lang] : undefined;
    if (value) return value;
  }
  return Object.values(text).find((value) => value.length > 0) ?? '';
}
