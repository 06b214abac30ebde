import type { z } from 'zod';
import { ID_PATTERN } from './primitives';
import type { IssuePath, TemplateIssue } from './template-issue';

type ZodIssue = z.core.$ZodIssue;

/** More issues than anyone reads (the parser reports at most 50), to bound the work on hostile files. */
const MAX_MAPPED = 200;

/** zod's type names as a template author knows them. */
function expectedName(expected: string): string {
  return expected === 'record' ? 'object' : expected === 'int' ? 'integer' : expected;
}

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function shapeKind(path: IssuePath): string {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  if (last === 'visibleWhen' || last === 'not' || before === 'all' || before === 'any') return 'condition';
  if (last === 'options' || last === 'rows') return 'options';
  if (last === 'response') return 'response';
  return 'value';
}

function isRootTypeMismatch(issues: readonly ZodIssue[]): boolean {
  return issues.length === 1 && issues[0]?.code === 'invalid_type' && issues[0].path.length === 0;
}

function isRootValueMismatch(issues: readonly ZodIssue[]): boolean {
  return issues.length === 1 && issues[0]?.code === 'invalid_value' && issues[0].path.length === 0;
}

/** What the branches of a union accept, e.g. ["array", "object"] or ["0", "1"]. */
function unionAccepts(branches: readonly (readonly ZodIssue[])[]): string[] {
  const names = branches.flatMap((branch) => {
    const first = branch[0];
    if (first?.code === 'invalid_type') return [expectedName(first.expected)];
    if (first?.code === 'invalid_value') return first.values.map((value) => JSON.stringify(value));
    return ['object'];
  });
  return [...new Set(names)];
}

/** The input keys a union branch recognised: the more, the likelier the author meant it. */
function overlap(input: Record<string, unknown>, issues: readonly ZodIssue[]): number {
  const unknown = new Set(issues.flatMap((issue) => (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : [])));
  return Object.keys(input).filter((key) => !unknown.has(key)).length;
}

function unionIssues(issue: z.core.$ZodIssueInvalidUnion, path: IssuePath, input: unknown): TemplateIssue[] {
  if (issue.errors.length === 0 && issue.discriminator) {
    const value = valueAt(input, [issue.discriminator]);
    const types = 'options' in issue ? (issue.options ?? []) : [];
    // A missing or non-text "type" is not an unknown type: say what is wrong with it.
    if (value === undefined) return [{ code: 'missing', path, params: { expected: types.map((type) => JSON.stringify(type)).join(' | ') } }];
    if (typeof value !== 'string') return [{ code: 'wrong-type', path, params: { expected: 'string', received: typeName(value) } }];
    return [{ code: 'unknown-item-type', path, params: { type: value, allowed: types.join(', ') } }];
  }
  if (input === undefined) return [{ code: 'missing', path, params: { expected: unionAccepts(issue.errors).join(' | ') } }];
  if (issue.errors.length > 0 && issue.errors.every(isRootValueMismatch)) {
    return [{ code: 'invalid-value', path, params: { allowed: unionAccepts(issue.errors).join(', ') } }];
  }
  let branches = issue.errors.filter((branch) => !isRootTypeMismatch(branch));
  if (branches.length === 0) return [{ code: 'wrong-type', path, params: { expected: unionAccepts(issue.errors).join(' | '), received: typeName(input) } }];
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const record = input as Record<string, unknown>;
    const best = Math.max(...branches.map((branch) => overlap(record, branch)));
    branches = branches.filter((branch) => overlap(record, branch) === best);
  }
  const [only] = branches;
  if (branches.length === 1 && only) return only.flatMap((inner) => mapZodIssue(inner, path));
  const keys = input !== null && typeof input === 'object' ? Object.keys(input).join(', ') || '{}' : typeName(input);
  return [{ code: 'no-matching-shape', path, params: { kind: shapeKind(path), keys } }];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.prototype.hasOwnProperty.call(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

function formatIssue(issue: z.core.$ZodIssueInvalidStringFormat, path: IssuePath): TemplateIssue {
  const pattern = issue.pattern ?? '';
  if (pattern === String(ID_PATTERN)) return { code: 'invalid-id', path };
  if (pattern.includes('[a-z]{2}')) return { code: 'invalid-language-code', path };
  if (pattern.includes('\\d{4}-')) return { code: 'invalid-date', path };
  if (path[path.length - 1] === 'version') return { code: 'invalid-version', path };
  return { code: 'invalid-value', path, params: { allowed: pattern } };
}

function sizeIssue(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: IssuePath): TemplateIssue {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  if (issue.origin === 'string') return { code: small ? 'too-short' : 'too-long', path, params: { limit } };
  if (issue.origin === 'array') return { code: small ? 'too-few' : 'too-many', path, params: { limit } };
  return { code: small ? 'too-small' : 'too-large', path, params: { limit } };
}

/** Turns one zod issue into template issues with our codes (zod's messages are English only). */
export function mapZodIssue(issue: ZodIssue, prefix: IssuePath): TemplateIssue[] {
  const path: IssuePath = [...prefix, ...(issue.path as (string | number)[])];
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return [{ code: 'missing', path, params: { expected: expectedName(issue.expected) } }];
      if (issue.expected === 'int') return [{ code: 'not-an-integer', path }];
      return [{ code: 'wrong-type', path, params: { expected: expectedName(issue.expected), received: typeName(input) } }];
    case 'unrecognized_keys':
      // Enough to see the pattern: a file with 400,000 stray keys must not take seconds to report.
      return issue.keys.slice(0, MAX_MAPPED).map((key) => ({ code: 'unknown-key' as const, path: [...path, key], params: { key } }));
    case 'invalid_value':
      if (input === undefined) return [{ code: 'missing', path, params: { expected: issue.values.map((v) => JSON.stringify(v)).join(' | ') } }];
      if (path.length === 1 && path[0] === 'formatVersion') {
        if (typeof input !== 'number') return [{ code: 'wrong-type', path, params: { expected: 'number', received: typeName(input) } }];
        return [{ code: 'unsupported-format-version', path, params: { value: String(input), supported: issue.values.join(', ') } }];
      }
      return [{ code: 'invalid-value', path, params: { allowed: issue.values.map((v) => JSON.stringify(v)).join(', ') } }];
    case 'invalid_format':
      return [formatIssue(issue as z.core.$ZodIssueInvalidStringFormat, path)];
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'string' && issue.code === 'too_small') return [{ code: 'invalid-text', path }];
      return [sizeIssue(issue, path)];
    case 'not_multiple_of':
      return [{ code: 'not-an-integer', path }];
    case 'invalid_union':
      return unionIssues(issue, path, input);
    case 'custom':
      if (issue.params?.issue === 'invalid-date') return [{ code: 'invalid-date', path }];
      return [{ code: 'invalid-value', path, params: { allowed: '' } }];
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((inner) => mapZodIssue(inner, path));
    default:
      return [{ code: 'invalid-value', path, params: { allowed: '' } }];
  }
}

/** zod's `int()` bound: a number beyond it cannot be stored exactly. */
function isSafeIntegerBound(issue: TemplateIssue): boolean {
  const limit = Math.abs(Number(issue.params?.limit));
  return (issue.code === 'too-large' || issue.code === 'too-small') && limit === Number.MAX_SAFE_INTEGER;
}

/**
 * All of zod's issues with our codes, one per place: zod may report a value twice (its type,
 * then its length; or the safe-integer bound before the schema's own bound), and the first,
 * most basic problem is the one to fix.
 */
export function mapZodIssues(issues: readonly ZodIssue[]): TemplateIssue[] {
  const mapped: TemplateIssue[] = [];
  for (const issue of issues) {
    if (mapped.length >= MAX_MAPPED) break;
    mapped.push(...mapZodIssue(issue, []));
  }
  const placeOf = (issue: TemplateIssue) => JSON.stringify(issue.path);
  const betterKnown = new Set(mapped.filter((issue) => !isSafeIntegerBound(issue)).map(placeOf));
  const seen = new Set<string>();
  return mapped.filter((issue) => {
    const place = placeOf(issue);
    if (seen.has(place) || (isSafeIntegerBound(issue) && betterKnown.has(place))) return false;
    seen.add(place);
    return true;
  });
}
