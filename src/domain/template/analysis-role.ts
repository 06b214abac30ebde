import { z } from 'zod';

/** The six areas of the local diagnostic (report, section II.C). */
export const DIAGNOSTIC_AREAS = [
  'partners',
  'at-risk-groups',
  'employment-sectors',
  'geographic-areas',
  'current-activities',
  'gaps',
] as const;
export const DiagnosticAreaSchema = z
  .enum(DIAGNOSTIC_AREAS)
  .describe('Which area of the local diagnostic this section serves.');

/**
 * What a subject is: analysis joins answers across templates on (dimension, option id),
 * so a workshop's view of a group meets an interview's view of the same group.
 */
export const DIMENSIONS = [
  'partner-type',
  'partner',
  'group',
  'sector',
  'area',
  'activity',
  'approach',
  'framework-element',
  'data-source',
  'ilo-indicator',
  'vulnerability-factor',
  'trafficking-form',
] as const;
export const DimensionSchema = z.enum(DIMENSIONS).describe('The kind of subject the options or rows name.');

/** What a question measures about its subjects. */
export const MEASURES = [
  'presence',
  'concern',
  'prevalence',
  'trend',
  'confidence',
  'capacity',
  'coverage',
  'indicator',
  'gap',
  'priority',
  'engagement',
] as const;
export const MeasureSchema = z.enum(MEASURES).describe('What the question measures about its subjects.');

export const AnalysisRoleSchema = z
  .strictObject({
    measure: MeasureSchema,
    dimension: DimensionSchema.optional(),
  })
  .describe('Tells analysis what this question measures, and about which kind of subject.');

export type DiagnosticArea = z.infer<typeof DiagnosticAreaSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type AnalysisRole = z.infer<typeof AnalysisRoleSchema>;
