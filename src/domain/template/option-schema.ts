import { z } from 'zod';
import { DimensionSchema } from './analysis-role-schema';
import { IdSchema, LocalizedTextSchema } from './primitives';

export const OptionSchema = z
  .strictObject({
    id: IdSchema,
    label: LocalizedTextSchema,
    exclusive: z
      .boolean()
      .optional()
      .describe('Choosing this option clears the others (e.g. "None of these").'),
  })
  .describe('One answer option.')
  .meta({ id: 'Option' });

/** A named list shared by several questions; `dimension` says what its ids name. */
export const OptionListSchema = z.strictObject({
  dimension: DimensionSchema.optional(),
  options: z.array(OptionSchema).min(1).max(500),
});

/** Where a question's options (or a matrix's rows) come from. */
export const OptionSourceSchema = z.union([
  z.array(OptionSchema).min(1).max(500).describe('Options written in place.'),
  z.strictObject({ list: IdSchema.describe('Id of a named option list of this template.') }),
  z.strictObject({
    fromAnswer: IdSchema.describe('Offer the options chosen in an earlier choice question.'),
  }),
  z.strictObject({
    fromEntries: IdSchema.describe('Offer the entries of an earlier repeating list.'),
  }),
]).meta({ id: 'OptionSource' });

export type Option = z.infer<typeof OptionSchema>;
export type OptionList = z.infer<typeof OptionListSchema>;
export type OptionSource = z.infer<typeof OptionSourceSchema>;
