import type { z } from 'zod';
import { ID_PATTERN } from './primitives';
import type { IssuePath, TemplateIssue } from './template-issue';

type ZodIssue = z.core.$ZodIssue;

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

/** The input keys a union branch recognised: the more, the likelier the author meant it. */
function overlap(input: Record<string, unknown>, issues: readonly ZodIssue[]): number {
  const unknown = new Set(issues.flatMap((issue) => (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : [])));
  return Object.keys(input).filter((key) => !unknown.has(key)).length;
}

function unionIssues(issue: z.core.$ZodIssueInvalidUnion, path: IssuePath, input: unknown): TemplateIssue[] {
  if (issue.errors.length === 0 && issue.discriminator) {
    const value = valueAt(input, [issue.discriminator]);
    const allowed = 'options' in issue ? (issue.options ?? []).join(', ') : '';
    return [{ code: 'unknown-item-type', path, params: { type: typeof value === 'string' ? value : typeName(value), allowed } }];
  }
  let branches = issue.errors.filter((branch) => !isRootTypeMismatch(branch));
  if (branches.length === 0) {
    const expected = [...new Set(issue.errors.map((branch) => (branch[0] as { expected?: string } | undefined)?.expected ?? 'value'))];
    return [{ code: 'wrong-type', path, params: { expected: expected.join(' | '), received: typeName(input) } }];
  }
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const record = input as Record<string, unknown>;
    const best = Math.max(...branches.map((branch) => overlap(record, branch)));
    branches = branches.filter((branch) => overlap(record, branch) === best);
  }
  const [only] = branches;
  if (branches.length === 1 && only) return only.flatMap((inner) => mapZodIssue(inner, path));
  const keys = input !== null && typeof input === 'object' ? Object.keys(input).join(', ') : typeName(input);
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
      return issue.keys.map((key) => ({ code: 'unknown-key' as const, path: [...path, key], params: { key } }));
    case 'invalid_value':
      if (path.length === 1 && path[0] === 'formatVersion') {
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
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((inner) => mapZodIssue(inner, path));
    default:
      return [{ code: 'invalid-value', path, params: { allowed: '' } }];
  }
}
