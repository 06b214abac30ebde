import { z } from 'zod';
import { TemplateSchema } from './template-schema';

/**
 * The template format as JSON Schema (draft 2020-12), generated from the zod schema so the
 * two never drift; editors use it for completion and checks. Semantic rules (unique ids,
 * earlier references, translations) are beyond JSON Schema and enforced by parseTemplate.
 */
export function templateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TemplateSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://local-safety-audit.invalid/schema/template.schema.json',
    title: 'Local Safety Audit template, format version 1',
  };
}
