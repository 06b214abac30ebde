import { useMemo } from 'react';
import { useLanguage } from './language-context';

export interface Formatters {
  number: (value: number) => string;
  percent: (ratio: number) => string;
  date: (value: number | string) => string;
  dateTime: (value: number) => string;
  time: (value: number) => string;
}

/** Dates and numbers through Intl, in the person's language. */
export function useFormatters(): Formatters {
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = language === 'fr' ? 'fr-CA' : 'en-CA';
    const number = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    return {
      number: (v) => number.format(v),
      percent: (r) => percent.format(r),
      date: (v) => date.format(typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : new Date(v)),
      dateTime: (v) => dateTime.format(new Date(v)),
      time: (v) => time.format(new Date(v)),
    };
  }, [language]);
}
