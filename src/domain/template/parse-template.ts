import { fileKind } from '../file-types';
import { checkConstraints } from './check-constraints';
import { checkIds } from './check-ids';
import { checkReferences } from './check-references';
import { checkTranslations } from './check-translations';
import { checkStructure, parseJsonText } from './pre-checks';
import { nearestId, type TemplateIssue } from './template-issue';
import { TemplateSchema, type Template } from './template-schema';
import { mapZodIssues } from './zod-issues';

export type TemplateParseResult = { ok: true; template: Template } | { ok: false; issues: TemplateIssue[] };

/** Enough to fix a file in one pass without flooding the screen. */
export const MAX_REPORTED_ISSUES = 50;

function fail(issues: TemplateIssue[], root: unknown): TemplateParseResult {
  const located = issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const near = issue.near ?? nearestId(root, issue.path);
    return near === undefined ? issue : { ...issue, near };
  });
  return { ok: false, issues: located };
}

/** Checks beyond shape: ids, translations, references, ranges. Assumes a shape-valid template. */
export function checkTemplateSemantics(template: Template): TemplateIssue[] {
  return [...checkIds(template), ...checkTranslations(template), ...checkConstraints(template), ...checkReferences(template)];
}

/** Validates an already-parsed JSON value as a template. Never throws for bad input. */
export function parseTemplate(value: unknown): TemplateParseResult {
  const structural = checkStructure(value);
  if (structural.length > 0) return fail(structural, value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail([{ code: 'not-an-object', path: [] }], value);
  }
  const shape = TemplateSchema.safeParse(value, { reportInput: true });
  if (!shape.success) return fail(mapZodIssues(shape.error.issues), value);
  const semantic = checkTemplateSemantics(shape.data);
  if (semantic.length > 0) return fail(semantic, value);
  return { ok: true, template: shape.data };
}

/** Validates template file text: size, JSON syntax, then everything parseTemplate checks. */
export function parseTemplateText(text: string): TemplateParseResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, issues: json.issues };
  // An audit file, encrypted file or backup opened where templates are added: say where it goes.
  const kind = fileKind(json.value);
  if (kind === 'audit' || kind === 'sealed' || kind === 'backup') return { ok: false, issues: [{ code: 'audit-file-not-template', path: ['type'] }] };
  return parseTemplate(json.value);
}
