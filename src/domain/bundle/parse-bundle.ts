import { fileKind } from '../file-types';
import { answerFitIssues } from './answer-fit';
import { futureTimeIssues } from './future-times';
import { checkStructure, parseJsonText } from '../template/pre-checks';
import { parseTemplate } from '../template/parse-template';
import { nearestId, type TemplateIssue } from '../template/template-issue';
import type { Template } from '../template/template-schema';
import { mapZodIssues } from '../template/zod-issues';
import { AuditBundleSchema, BUNDLE_FORMAT_VERSION, BUNDLE_TYPE, type RawAuditBundle } from './bundle-schema';

/** An audit bundle whose templates have been validated in full. */
export type AuditBundle = Omit<RawAuditBundle, 'templates'> & { templates: Template[] };

export type BundleParseResult = { ok: true; bundle: AuditBundle } | { ok: false; issues: TemplateIssue[] };

/** A large audit (1,200 items, 100 respondents) is about 15 MB; leave room. */
export const MAX_BUNDLE_CHARACTERS = 60_000_000;
const MAX_ISSUES = 50;

const keyOf = (t: Template) => `${t.id}@${t.version}`;

function fail(issues: TemplateIssue[], root: unknown): BundleParseResult {
  return { ok: false, issues: issues.slice(0, MAX_ISSUES).map((i) => (i.near ? i : { ...i, near: nearestId(root, i.path) })) };
}

function kindIssues(value: unknown): TemplateIssue[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ code: 'bundle-not-an-object', path: [] }];
  const { type, formatVersion } = value as { type?: unknown; formatVersion?: unknown };
  // A questionnaire template opened where audits open: say where it goes.
  if (fileKind(value) === 'template') return [{ code: 'template-not-audit', path: [] }];
  if (type !== BUNDLE_TYPE) return [{ code: 'not-a-bundle', path: ['type'], params: { type: String(type ?? '') } }];
  if (formatVersion === undefined) return [{ code: 'missing', path: ['formatVersion'], params: { expected: 'number' } }];
  if (typeof formatVersion !== 'number') return [{ code: 'wrong-type', path: ['formatVersion'], params: { expected: 'number', received: formatVersion === null ? 'null' : Array.isArray(formatVersion) ? 'array' : typeof formatVersion } }];
  if (formatVersion !== BUNDLE_FORMAT_VERSION) {
    return [{ code: 'unsupported-bundle-version', path: ['formatVersion'], params: { value: String(formatVersion), supported: String(BUNDLE_FORMAT_VERSION) } }];
  }
  return [];
}

function referenceIssues(bundle: AuditBundle): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const keys = new Set<string>();
  bundle.templates.forEach((t, i) => {
    if (keys.has(keyOf(t))) issues.push({ code: 'duplicate-template', path: ['templates', i], params: { ref: keyOf(t) } });
    keys.add(keyOf(t));
  });
  const { periodStart, periodEnd } = bundle.audit;
  if (periodStart && periodEnd && periodEnd < periodStart) issues.push({ code: 'period-end-before-start', path: ['audit', 'periodEnd'], params: { start: periodStart, end: periodEnd } });
  if (!keys.has(bundle.audit.templateKey)) issues.push({ code: 'unknown-template', path: ['audit', 'templateKey'], params: { ref: bundle.audit.templateKey } });
  const respondents = new Set<string>();
  bundle.respondents.forEach((r, i) => {
    if (respondents.has(r.id)) issues.push({ code: 'duplicate-respondent', path: ['respondents', i, 'id'], params: { ref: r.id } });
    respondents.add(r.id);
    if (!keys.has(r.templateKey)) issues.push({ code: 'unknown-template', path: ['respondents', i, 'templateKey'], params: { ref: r.templateKey } });
  });
  for (const [i, a] of bundle.answers.entries()) {
    if (issues.length >= MAX_ISSUES) break;
    if (!respondents.has(a.respondentId)) issues.push({ code: 'unknown-respondent', path: ['answers', i, 'respondentId'], params: { ref: a.respondentId } });
  }
  return issues;
}

/** Validates an audit bundle file: JSON, shape, every template in full, and every reference. */
export function parseBundleText(text: string, now?: number): BundleParseResult {
  const json = parseJsonText(text, MAX_BUNDLE_CHARACTERS);
  if (!json.ok) return { ok: false, issues: json.issues };
  return parseBundle(json.value, now);
}

/** `now`: this device's time, against which the file's times are checked (futureTimeIssues). */
export function parseBundle(value: unknown, now: number = Date.now()): BundleParseResult {
  const structural = checkStructure(value);
  if (structural.length) return fail(structural, value);
  const kind = kindIssues(value);
  if (kind.length) return fail(kind, value);
  const shape = AuditBundleSchema.safeParse(value, { reportInput: true });
  if (!shape.success) return fail(mapZodIssues(shape.error.issues), value);
  const templates: Template[] = [];
  const issues: TemplateIssue[] = [];
  shape.data.templates.forEach((raw, i) => {
    const parsed = parseTemplate(raw);
    if (parsed.ok) templates.push(parsed.template);
    else {
      issues.push({ code: 'invalid-template-in-bundle', path: ['templates', i], params: { count: parsed.issues.length } });
      issues.push(...parsed.issues.map((issue) => ({ ...issue, path: ['templates', i, ...issue.path] })));
    }
  });
  if (issues.length) return fail(issues, value);
  const bundle: AuditBundle = { ...shape.data, templates };
  const references = referenceIssues(bundle);
  if (references.length) return fail(references, value);
  const answers = answerFitIssues(bundle, MAX_ISSUES);
  if (answers.length) return fail(answers, value);
  const future = futureTimeIssues(bundle, now, MAX_ISSUES);
  return future.length ? fail(future, value) : { ok: true, bundle };
}
