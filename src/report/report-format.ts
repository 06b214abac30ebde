import type { i18n, TFunction } from 'i18next';
import { localize, type Band, type LocalizedText, type SubjectLabel } from '../domain/runtime';
import { createI18n, type Language } from '../i18n';

/** Words, numbers and dates of one report, all in the reader's language. */
export interface ReportFormat {
  language: Language;
  i18n: i18n;
  t: TFunction;
  /** Whole numbers as is; others with up to `digits` decimals. */
  number: (value: number, digits?: number) => string;
  /** A 0..1 measure as an index from 0 to 100. */
  index: (ratio: number) => string;
  /** YYYY-MM-DD -> "September 15, 2026" / "15 septembre 2026". */
  date: (isoDate: string) => string;
  /** A count that may be banded: "12", "fewer than 5". */
  band: (band: Band) => string;
  label: (label: SubjectLabel) => string;
  text: (text: LocalizedText | undefined) => string;
  /** "A, B and C" / "A, B et C". */
  list: (items: readonly string[]) => string;
}

const LOCALES: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' };

export function reportFormat(language: Language): ReportFormat {
  const instance = createI18n(language);
  const t = instance.t.bind(instance) as TFunction;
  const locale = LOCALES[language];
  const numbers = new Map<number, Intl.NumberFormat>();
  const number = (value: number, digits = 1) => {
    let format = numbers.get(digits);
    if (!format) numbers.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return format.format(value);
  };
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    language,
    i18n: instance,
    t,
    number,
    index: (ratio) => number(Math.round(ratio * 100), 0),
    // French writes the first of the month as an ordinal: « 1er octobre ».
    date: (isoDate) => dates.format(new Date(`${isoDate}T00:00:00Z`)).replace(/^1 /, language === 'fr' ? '1er ' : '1 '),
    band: (band) => (band.kind === 'exact' ? number(band.value) : t('report.fewerThan', { threshold: number(band.threshold, 0) })),
    label: (label) => (label.kind === 'text' ? localize(label.text, language) : label.kind === 'plain' ? label.text : t('report.other')),
    text: (text) => localize(text, language),
    list: (items) => lists.format(items),
  };
}
