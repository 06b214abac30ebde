import { readFileSync } from 'node:fs';
import { parseTemplate, type Template } from '../../src/domain';

const FILES = {
  diagnostic: 'local-diagnostic-trafficking.json',
  'rapid-scan': 'rapid-scan.json',
  workshop: 'community-workshop.json',
} as const;

export type TemplateName = keyof typeof FILES;
export const TEMPLATE_NAMES = Object.keys(FILES) as TemplateName[];

export interface LoadedTemplate {
  /** The document exactly as shipped, for bundle.templates. */
  raw: unknown;
  /** The same document validated, for the engine's checks. */
  template: Template;
  key: string;
}

/** The shipped templates, read from audit-templates/ and validated like any file the app reads. */
export function loadTemplates(): Record<TemplateName, LoadedTemplate> {
  const load = (name: TemplateName): LoadedTemplate => {
    const raw: unknown = JSON.parse(readFileSync(new URL(`../../audit-templates/${FILES[name]}`, import.meta.url), 'utf8'));
    const parsed = parseTemplate(raw);
    if (!parsed.ok) throw new Error(`audit-templates/${FILES[name]} is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    return { raw, template: parsed.template, key: `${parsed.template.id}@${parsed.template.version}` };
  };
  return { diagnostic: load('diagnostic'), 'rapid-scan': load('rapid-scan'), workshop: load('workshop') };
}
