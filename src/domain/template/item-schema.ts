import { z } from 'zod';
import { AnalysisRoleSchema } from './analysis-role-schema';
import { ConditionSchema } from './condition-schema';
import { OptionSourceSchema } from './option-schema';
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './primitives';

const common = {
  id: IdSchema,
  label: LocalizedTextSchema,
  help: LocalizedTextSchema.optional().describe('Guidance shown under the question.'),
  required: z.boolean().optional().describe('Must be answered before its section is marked complete.'),
  allowDontKnow: z.boolean().optional().describe('Offer "Don\'t know".'),
  allowPreferNotToSay: z.boolean().optional().describe('Offer "Prefer not to say".'),
  groupOnly: z.boolean().optional().describe('Asked of a workshop group as a whole (a head count): never offered for a private round, nor printed on the personal paper form.'),
  visibleWhen: ConditionSchema.optional(),
  analysis: AnalysisRoleSchema.optional(),
};

export const ScaleSchema = z
  .strictObject({
    min: z.union([z.literal(0), z.literal(1)]),
    max: z.number().int().min(2).max(10),
    minLabel: LocalizedTextSchema,
    maxLabel: LocalizedTextSchema,
  })
  .describe('A rating scale from min to max, with words for both ends.')
  .meta({ id: 'Scale' });

export const NoticeItemSchema = z.strictObject({
  type: z.literal('notice'),
  id: IdSchema,
  title: LocalizedTextSchema.optional(),
  text: LocalizedTextSchema,
  acknowledge: LocalizedTextSchema.optional().describe('Label of a tick box confirming the notice was read.'),
  required: z.boolean().optional(),
  visibleWhen: ConditionSchema.optional(),
});

export const TextItemSchema = z.strictObject({
  ...common,
  type: z.literal('text'),
  maxLength: z.number().int().min(1).max(2000).optional(),
});

export const LongTextItemSchema = z.strictObject({
  ...common,
  type: z.literal('long-text'),
  maxLength: z.number().int().min(1).max(20_000).optional(),
});

export const NumberItemSchema = z.strictObject({
  ...common,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  unit: LocalizedTextSchema.optional(),
});

export const DateItemSchema = z.strictObject({
  ...common,
  type: z.literal('date'),
  min: IsoDateSchema.optional(),
  max: IsoDateSchema.optional(),
});

export const YesNoItemSchema = z.strictObject({ ...common, type: z.literal('yes-no') });

export const SingleChoiceItemSchema = z.strictObject({
  ...common,
  type: z.literal('single-choice'),
  options: OptionSourceSchema,
  other: z.boolean().optional().describe('Add "Other, please specify" with a text box.'),
  display: z.enum(['radio', 'dropdown']).optional(),
});

export const MultiChoiceItemSchema = z.strictObject({
  ...common,
  type: z.literal('multi-choice'),
  options: OptionSourceSchema,
  other: z.boolean().optional().describe('Add "Other, please specify" with a text box.'),
  minSelected: z.number().int().min(1).optional(),
  maxSelected: z.number().int().min(1).optional(),
});

export const RatingItemSchema = z.strictObject({ ...common, type: z.literal('rating'), scale: ScaleSchema });

export const MatrixResponseSchema = z.union([
  z.strictObject({ kind: z.literal('scale'), scale: ScaleSchema }),
  z.strictObject({ kind: z.literal('choice'), options: OptionSourceSchema, multiple: z.boolean() }),
]);

export const MatrixItemSchema = z.strictObject({
  ...common,
  type: z.literal('matrix'),
  rows: OptionSourceSchema.describe('One row per option; may come from an earlier answer or list.'),
  response: MatrixResponseSchema,
});

/** Fields of a repeating list: simple questions only (no lists in lists, no matrices). */
export const FieldItemSchema = z.discriminatedUnion('type', [
  TextItemSchema,
  LongTextItemSchema,
  NumberItemSchema,
  DateItemSchema,
  YesNoItemSchema,
  SingleChoiceItemSchema,
  MultiChoiceItemSchema,
  RatingItemSchema,
]).meta({ id: 'ListField' });

export const ListItemSchema = z.strictObject({
  ...common,
  type: z.literal('list'),
  itemLabel: LocalizedTextSchema.describe('What one entry is called, e.g. "Partner".'),
  addLabel: LocalizedTextSchema.optional(),
  entryLabelField: IdSchema.describe('The field whose answer names an entry wherever it is offered.'),
  minEntries: z.number().int().min(0).optional(),
  maxEntries: z.number().int().min(1).max(1000).optional(),
  fields: z.array(FieldItemSchema).min(1).max(50),
});

export const ItemSchema = z.discriminatedUnion('type', [
  NoticeItemSchema,
  TextItemSchema,
  LongTextItemSchema,
  NumberItemSchema,
  DateItemSchema,
  YesNoItemSchema,
  SingleChoiceItemSchema,
  MultiChoiceItemSchema,
  RatingItemSchema,
  MatrixItemSchema,
  ListItemSchema,
]);

export type Scale = z.infer<typeof ScaleSchema>;
export type NoticeItem = z.infer<typeof NoticeItemSchema>;
export type FieldItem = z.infer<typeof FieldItemSchema>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type MatrixItem = z.infer<typeof MatrixItemSchema>;
export type SingleChoiceItem = z.infer<typeof SingleChoiceItemSchema>;
export type MultiChoiceItem = z.infer<typeof MultiChoiceItemSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ItemType = Item['type'];
