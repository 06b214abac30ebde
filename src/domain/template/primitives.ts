import { z } from 'zod';

/** Ids are short, lower-case and URL-safe so they can be joined into answer keys with dots. */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN)
  .describe('Lower-case id: a letter, then letters, digits or hyphens (at most 64).');

export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2}$/)
  .describe('Two-letter ISO 639-1 language code, e.g. "en" or "fr".');

/** Every text a person sees: one string per declared language. */
export const LocalizedTextSchema = z
  .record(LanguageCodeSchema, z.string().trim().min(1).max(10_000))
  .describe('Text in every language the template declares, e.g. { "en": "Yes", "fr": "Oui" }.')
  .meta({ id: 'LocalizedText' });

export const SemverSchema = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/)
  .describe('Semantic version of the template content, e.g. "1.2.0".');

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Calendar date as YYYY-MM-DD.');

/** A day that exists (no 2026-13-45 or 2027-02-30): printing or sorting one never fails later. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** YYYY-MM-DD of a day that exists, as files carry it (reported once, as invalid-date). */
export const CalendarDateSchema = z.string().refine(isCalendarDate, { params: { issue: 'invalid-date' } });

/** A moment as milliseconds since 1970, within what a JavaScript date can show. */
export const TimestampSchema = z.number().int().min(0).max(8_640_000_000_000_000);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;
