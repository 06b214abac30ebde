import type { IssuePath, TemplateIssue } from './template-issue';

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
export function parseJsonText(text: string): JsonParseResult {
  if (text.length > MAX_FILE_CHARACTERS) {
    return { ok: false, issues: [{ code: 'file-too-large', path: [], params: { size: text.length, max: MAX_FILE_CHARACTERS } }] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim().length === 0) return { ok: false, issues: [{ code: 'empty-file', path: [] }] };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, issues: [{ code: 'too-deep', path: [], params: { max: MAX_DEPTH } }] };
    const message = error instanceof Error ? error.message : '';
    const match = /position (\d+)/.exec(message);
    const position = match ? Number(match[1]) : body.trimEnd().length;
    return { ok: false, issues: [{ code: 'invalid-json', path: [], params: lineAndColumn(body, position) }] };
  }
}

/**
 * Walks parsed JSON without recursion, so hostile nesting cannot overflow the stack,
 * and rejects keys that could reach object prototypes.
 */
export function checkStructure(value: unknown): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const stack: { node: unknown; path: IssuePath }[] = [{ node: value, path: [] }];
  while (stack.length > 0 && issues.length < 20) {
    const { node, path } = stack.pop() as { node: unknown; path: IssuePath };
    if (node === null || typeof node !== 'object') continue;
    if (path.length > MAX_DEPTH) {
      issues.push({ code: 'too-deep', path: path.slice(0, MAX_DEPTH), params: { max: MAX_DEPTH } });
      break;
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) issues.push({ code: 'forbidden-key', path: [...path, key], params: { key } });
      else stack.push({ node: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
