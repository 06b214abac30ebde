import { z } from 'zod';
import { isRealDate } from './calendar-date';

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

/** YYYY-MM-DD of a day that exists, as files carry it (reported once, as invalid-date): no 2026-13-45. */
export const CalendarDateSchema = z.string().refine(isRealDate, { params: { issue: 'invalid-date' } });

/** A moment as milliseconds since 1970, within what a JavaScript date can show. */
export const TimestampSchema = z.number().int().min(0).max(8_640_000_000_000_000);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;
