/**
 * The analysis vocabulary of the template format: plain constants and types, no zod, so
 * that the engine and analysis can use them without loading the schema library. The zod
 * schemas built from them are in analysis-role-schema.ts.
 */

/** The six areas of the local diagnostic (report, section II.C). */
export const DIAGNOSTIC_AREAS = [
  'partners',
  'at-risk-groups',
  'employment-sectors',
  'geographic-areas',
  'current-activities',
  'gaps',
] as const;

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

export type DiagnosticArea = (typeof DIAGNOSTIC_AREAS)[number];
export type Dimension = (typeof DIMENSIONS)[number];
export type Measure = (typeof MEASURES)[number];
export interface AnalysisRole {
  measure: Measure;
  dimension?: Dimension | undefined;
}
