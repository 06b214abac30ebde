import { parseTemplate, type Template } from '../../src/domain';
import { minimalTemplate } from './template-builder';

/**
 * A parsed template from builder items, for engine tests that need a shape the shared
 * fixtures lack. Throws with the issues when the items do not make a valid template, so a
 * broken fixture fails loudly instead of testing nothing.
 */
export function buildTemplate(items: unknown[], extra: Record<string, unknown> = {}): Template {
  const result = parseTemplate(minimalTemplate(items, extra));
  if (!result.ok) throw new Error(`invalid test template: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.template;
}
