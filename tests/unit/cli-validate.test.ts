import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const corpusDir = 'tests/fixtures/bad-templates';
const badFiles = readdirSync(join(repoRoot, corpusDir))
  .filter((name) => name.endsWith('.json') && name !== 'expected.json')
  .sort()
  .map((name) => `${corpusDir}/${name}`);
const markupFile = 'tests/fixtures/templates/markup-in-label.json';
const missingFile = 'tests/fixtures/no-such-template.json';

/** The real command line, as a person runs it; each run costs about a second, so runs are few. */
function audit(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.LSA_LANG;
  const run = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), ['src/cli/main.ts', ...args], { cwd: repoRoot, encoding: 'utf8', env, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A bad file is the user's problem, told in words: never a stack trace or a raw error. */
function expectNoCrash(output: { stdout: string; stderr: string }): void {
  for (const stream of [output.stdout, output.stderr]) {
    expect(stream).not.toMatch(/^\s+at\s/m);
    expect(stream).not.toContain('Error:');
  }
}

describe('audit validate', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'lsa-cli-validate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects every bad file, naming each, and exits 1', () => {
    const huge = join(dir, 'ten-megabytes.json');
    writeFileSync(huge, JSON.stringify({ formatVersion: 1, id: 'huge', description: { en: 'x'.repeat(10 * 1024 * 1024) } }));
    const run = audit('validate', ...badFiles, huge);
    expect(run.status).toBe(1);
    for (const file of [...badFiles, huge]) expect(run.stdout).toContain(`✗ ${file}: `);
    expect(run.stdout).toContain('The file is too large');
    expect(run.stdout).toContain(`0 valid, ${badFiles.length + 1} invalid`);
    expect(run.stdout).not.toContain('templateIssues.');
    expectNoCrash(run);
  });

  it('accepts markup in labels as text and exits 0', () => {
    const run = audit('validate', markupFile);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ ${markupFile}: valid template "markup-in-label"`);
    expectNoCrash(run);
  });

  it('speaks French with --lang fr', () => {
    const run = audit('validate', '--lang', 'fr', ...badFiles);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`✗ ${corpusDir}/empty-file.json : 1 problème`);
    expect(run.stdout).toContain('Le fichier est vide.');
    expect(run.stdout).toContain(`0 valide(s), ${badFiles.length} non valide(s)`);
    for (const english of ['The file is empty.', 'is not a known key', 'Expected ', ' invalid']) expect(run.stdout).not.toContain(english);
    expect(run.stdout).not.toMatch(/: \d+ problems?$/m);
    expectNoCrash(run);
  });

  it('reports a missing file in words and exits 1', () => {
    const run = audit('validate', missingFile);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`✗ ${missingFile}: cannot be read (no such file)`);
    expectNoCrash(run);
  });

  it('shows the usage and exits 2 when called with no arguments', () => {
    const run = audit();
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain('validate FILE...');
    expectNoCrash(run);
  });
});
