import { useLanguage } from './language-context';

export interface Formatters {
  number: (value: number) => string;
  /** A number as a person edits it: no group separators, every decimal kept ("20065,25" in French). */
  editableNumber: (value: number) => string;
  /** A number as an answer holds it: grouped, every decimal kept (number() rounds to three). */
  exactNumber: (value: number) => string;
  percent: (ratio: number) => string;
  date: (value: number | string) => string;
  dateTime: (value: number) => string;
  time: (value: number) => string;
  /** "A, B and C" / « A, B et C ». */
  list: (values: readonly string[]) => string;
}

/** Builds an Intl formatter on first use: the first one of a locale costs tens of milliseconds. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Files are checked before use, but a date that cannot be shown must never take a screen down. */
function safely(format: Intl.DateTimeFormat, date: Date, raw: number | string): string {
  if (Number.isNaN(date.getTime())) return String(raw);
  // French writes the first of the month as an ordinal: « 1er janv. 2026 » (as the printed plan does).
  if (!format.resolvedOptions().locale.startsWith('fr')) return format.format(date);
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

function makeFormatters(language: string): Formatters {
  const locale = language === 'fr' ? 'fr-CA' : 'en-CA';
  const number = lazily(() => new Intl.NumberFormat(locale));
  const editable = lazily(() => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }));
  const exact = lazily(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }));
  const percent = lazily(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const date = lazily(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const dateTime = lazily(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const time = lazily(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }));
  const list = lazily(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  // Small whole numbers (scale points) need no formatter at all.
  const plain = (v: number) => Number.isInteger(v) && Math.abs(v) < 1000;
  return {
    number: (v) => (plain(v) ? String(v) : number().format(v)),
    editableNumber: (v) => (plain(v) ? String(v) : editable().format(v)),
    exactNumber: (v) => (plain(v) ? String(v) : exact().format(v)),
    percent: (r) => percent().format(r),
    date: (v) => safely(date(), typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : new Date(v), v),
    dateTime: (v) => safely(dateTime(), new Date(v), v),
    time: (v) => safely(time(), new Date(v), v),
    list: (v) => list().format(v),
  };
}

// Intl formatters are costly to build: one set per language for the whole app.
const cache = new Map<string, Formatters>();

export function formattersFor(language: string): Formatters {
  let formatters = cache.get(language);
  if (!formatters) {
    formatters = makeFormatters(language);
    cache.set(language, formatters);
  }
  return formatters;
}

/** Dates and numbers through Intl, in the person's language. */
export function useFormatters(): Formatters {
  return formattersFor(useLanguage().language);
}
