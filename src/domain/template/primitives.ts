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

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;
