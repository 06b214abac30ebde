import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTemplateText, type Answer, type Answers, type Template } from '../../src/domain';

// Not new URL(path, import.meta.url): under jsdom (component tests) Vite rewrites that
// pattern into a web address of an asset.
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}

/** A fixture template, validated like any file the app reads. */
export function loadTemplate(path: string): Template {
  const result = parseTemplateText(readRepoFile(path));
  if (!result.ok) throw new Error(`${path} is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.template;
}

export const allTypesTemplate = (): Template => loadTemplate('tests/fixtures/templates/all-types.json');

/** Answers from a plain object of key -> value (or a whole Answer when it has `special`, `other` or `note`). */
export function answersOf(entries: Record<string, Answer['value'] | Answer>): Answers {
  const map = new Map<string, Answer>();
  for (const [key, value] of Object.entries(entries)) {
    const isAnswer = value !== null && typeof value === 'object' && !Array.isArray(value) && ('special' in value || 'other' in value || 'note' in value || 'value' in value || 'group' in value);
    map.set(key, isAnswer ? (value as Answer) : { value: value as Answer['value'] });
  }
  return map;
}
