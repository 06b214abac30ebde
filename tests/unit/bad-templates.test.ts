import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  formatIssuePath,
  MAX_FILE_CHARACTERS,
  parseTemplateText,
  TEMPLATE_ISSUE_CODES,
  type TemplateIssue,
  type TemplateParseResult,
} from '../../src/domain';
import { createI18n, formatTemplateIssue, SUPPORTED_LANGUAGES } from '../../src/i18n';

interface Expectation {
  code: string;
  pathIncludes?: string;
}

const corpusDir = fileURLToPath(new URL('../fixtures/bad-templates/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(corpusDir, 'expected.json'), 'utf8')) as Record<string, Expectation>;
const corpus = readdirSync(corpusDir).filter((name) => name.endsWith('.json') && name !== 'expected.json').sort();
const translators = SUPPORTED_LANGUAGES.map((language) => createI18n(language));

/** Parses and times one file; a throw fails the test with the file's name rather than escaping. */
function timedParse(text: string): { result: TemplateParseResult; ms: number } {
  const started = performance.now();
  const result = parseTemplateText(text);
  return { result, ms: performance.now() - started };
}

function issuesOf(result: TemplateParseResult): TemplateIssue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

/** Every issue reads as a finished sentence in every language: no raw keys, no unfilled placeholders. */
function expectReadableEverywhere(issues: readonly TemplateIssue[]): void {
  for (const issue of issues) {
    expect(TEMPLATE_ISSUE_CODES).toContain(issue.code);
    const messages = translators.map((i18n) => formatTemplateIssue(issue, i18n));
    for (const message of messages) {
      expect(message.trim(), issue.code).not.toBe('');
      expect(message, issue.code).not.toContain('templateIssues.');
      expect(message, issue.code).not.toContain('{{');
      expect(message, issue.code).not.toMatch(/\bundefined\b|\[object /);
    }
    expect(new Set(messages).size, `${issue.code} reads the same in every language`).toBe(messages.length);
  }
}

describe('bad-template corpus', () => {
  it('has one manifest entry per file, with known codes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(manifest).sort()).toEqual(corpus);
    for (const { code } of Object.values(manifest)) expect(TEMPLATE_ISSUE_CODES).toContain(code);
  });

  it.each(corpus)('%s is rejected for its one flaw, quickly, in words', (name) => {
    const expectation = manifest[name] as Expectation;
    const { result, ms } = timedParse(readFileSync(join(corpusDir, name), 'utf8'));
    const issues = issuesOf(result);
    expect(issues.length).toBeGreaterThan(0);
    const found = issues.map((issue) => ({ code: issue.code, path: formatIssuePath(issue.path) }));
    expect(found).toContainEqual({ code: expectation.code, path: expect.stringContaining(expectation.pathIncludes ?? '') });
    expectReadableEverywhere(issues);
    expect(ms).toBeLessThan(2000);
  });
});

describe('a file over the size limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lsa-bad-templates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused before it is parsed', () => {
    // Generated here, never committed: a plausible template whose description fills 10 MB.
    const padding = 'x'.repeat(10 * 1024 * 1024);
    const file = join(dir, 'ten-megabytes.json');
    writeFileSync(file, JSON.stringify({ formatVersion: 1, id: 'huge', version: '1.0.0', kind: 'other', languages: ['en'], title: { en: 'Huge' }, description: { en: padding }, sections: [] }));
    const text = readFileSync(file, 'utf8');
    expect(text.length).toBeGreaterThan(MAX_FILE_CHARACTERS);
    const { result, ms } = timedParse(text);
    const issues = issuesOf(result);
    expect(issues.map((issue) => issue.code)).toEqual(['file-too-large']);
    expectReadableEverywhere(issues);
    expect(ms).toBeLessThan(2000);
  });
});

describe('a file just under the size limit, made of millions of tiny values', () => {
  it('is rejected in well under two seconds', () => {
    // Walking 2.4 million values once copied a path per value and took seconds.
    const head = JSON.stringify({ formatVersion: 1, id: 'flood', version: '1.0.0', kind: 'other', languages: ['en'], title: { en: 'F' }, description: { en: 'F' } });
    const text = `${head.slice(0, -1)},"sections":[${'0,'.repeat(2_400_000)}0]}`;
    expect(text.length).toBeLessThanOrEqual(MAX_FILE_CHARACTERS);
    const { result, ms } = timedParse(text);
    const issues = issuesOf(result);
    expect(issues.map((issue) => issue.code)).toEqual(['too-many']);
    expectReadableEverywhere(issues);
    expect(ms).toBeLessThan(2000);
  });
});

describe('markup in texts', () => {
  it('is accepted and kept as plain text', () => {
    const text = readFileSync(fileURLToPath(new URL('../fixtures/templates/markup-in-label.json', import.meta.url)), 'utf8');
    const result = parseTemplateText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first] = result.template.sections[0]?.items ?? [];
    expect(first && 'label' in first ? first.label.en : '').toContain('<img src=x onerror="alert(1)">');
  });
});
