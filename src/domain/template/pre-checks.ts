import type { IssuePath, TemplateIssue } from './template-issue';
import { jsonErrorOffset } from './json-error-offset';

/** Far above any real template (the 1,200-question benchmark template is under 1 MB). */
export const MAX_FILE_CHARACTERS = 5_000_000;
/** Templates nest about 12 levels; conditions a few more. */
export const MAX_DEPTH = 48;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; issues: TemplateIssue[] };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** Parses JSON text defensively: size first, then syntax, with line and column on error. */
export function parseJsonText(text: string, maxCharacters: number = MAX_FILE_CHARACTERS): JsonParseResult {
  if (text.length > maxCharacters) {
    return { ok: false, issues: [{ code: 'file-too-large', path: [], params: { size: text.length, max: maxCharacters } }] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim().length === 0) return { ok: false, issues: [{ code: 'empty-file', path: [] }] };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, issues: [{ code: 'too-deep', path: [], params: { max: MAX_DEPTH } }] };
    const message = error instanceof Error ? error.message : '';
    const match = /position (\d+)/.exec(message);
    const position = match ? Number(match[1]) : (jsonErrorOffset(body) ?? body.trimEnd().length);
    return { ok: false, issues: [{ code: 'invalid-json', path: [], params: lineAndColumn(body, position) }] };
  }
}

interface Visit {
  node: object;
  key: string | number;
  parent: Visit | undefined;
  depth: number;
}

function pathOf(visit: Visit): IssuePath {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Walks parsed JSON without recursion, so hostile nesting cannot overflow the stack,
 * and rejects keys that could reach object prototypes. Paths are rebuilt only for an issue:
 * copying one per value made a 5 MB file of small values take seconds.
 */
export function checkStructure(value: unknown): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (value === null || typeof value !== 'object') return issues;
  const stack: Visit[] = [{ node: value, key: '', parent: undefined, depth: 0 }];
  while (stack.length > 0 && issues.length < 20) {
    const visit = stack.pop() as Visit;
    if (visit.depth > MAX_DEPTH) {
      issues.push({ code: 'too-deep', path: pathOf(visit).slice(0, MAX_DEPTH), params: { max: MAX_DEPTH } });
      break;
    }
    const node = visit.node;
    const keys: readonly (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        issues.push({ code: 'forbidden-key', path: [...pathOf(visit), key], params: { key } });
        continue;
      }
      const child: unknown = (node as Record<string | number, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ node: child, key, parent: visit, depth: visit.depth + 1 });
    }
  }
  return issues;
}
