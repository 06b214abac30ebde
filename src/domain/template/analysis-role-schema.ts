import { z } from 'zod';
import { DIAGNOSTIC_AREAS, DIMENSIONS, MEASURES } from './analysis-role';

export const DiagnosticAreaSchema = z
  .enum(DIAGNOSTIC_AREAS)
  .describe('Which area of the local diagnostic this section serves.');

export const DimensionSchema = z.enum(DIMENSIONS).describe('The kind of subject the options or rows name.');

export const MeasureSchema = z.enum(MEASURES).describe('What the question measures about its subjects.');

export const AnalysisRoleSchema = z
  .strictObject({
    measure: MeasureSchema,
    dimension: DimensionSchema.optional(),
  })
  .describe('Tells analysis what this question measures, and about which kind of subject.');
