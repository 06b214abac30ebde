import { z } from 'zod';
import { DiagnosticAreaSchema } from './analysis-role-schema';
import { ConditionSchema } from './condition-schema';
import { ItemSchema } from './item-schema';
import { OptionListSchema } from './option-schema';
import { IdSchema, LanguageCodeSchema, LocalizedTextSchema, SemverSchema } from './primitives';

export const TEMPLATE_FORMAT_VERSION = 1;

export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  area: DiagnosticAreaSchema.optional(),
  visibleWhen: ConditionSchema.optional(),
  items: z.array(ItemSchema).min(1).max(2000),
}).meta({ id: 'Section' });

export const TemplateSchema = z
  .strictObject({
    $schema: z.string().max(500).optional().describe('Path to the JSON Schema, for editors.'),
    formatVersion: z.literal(TEMPLATE_FORMAT_VERSION).describe('Version of this file format.'),
    id: IdSchema,
    version: SemverSchema,
    kind: z
      .enum(['diagnostic', 'rapid-scan', 'workshop', 'other'])
      .describe('What the template is for: the full diagnostic, a rapid scan, a workshop, or other.'),
    languages: z.array(LanguageCodeSchema).min(1).max(20).describe('Languages every text is written in.'),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    optionLists: z.record(IdSchema, OptionListSchema).optional().describe('Named option lists.'),
    sections: z.array(SectionSchema).min(1).max(200),
  })
  .describe('A Local Safety Audit questionnaire template.');

export type Section = z.infer<typeof SectionSchema>;
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateKind = Template['kind'];
