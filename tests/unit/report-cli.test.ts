import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_SEAL_ITERATIONS, sealText } from '../../src/domain/bundle/sealed-file';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const valid = 'tests/fixtures/report/small-audit.bundle.json';
const invalid = 'tests/fixtures/report/invalid-audit.bundle.json';

/** The real command line, as `npm run audit -- report …` runs it. */
function audit(args: string[], cwd = repoRoot, extraEnv: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  delete env.LSA_LANG;
  if (!('LSA_PASSPHRASE' in extraEnv)) delete env.LSA_PASSPHRASE;
  const run = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8', env, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const pdfText = (file: string) => spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;

function expectNoCrash(output: { stdout: string; stderr: string }): void {
  for (const stream of [output.stdout, output.stderr]) {
    expect(stream).not.toMatch(/^\s+at\s/m);
    expect(stream).not.toContain('Error:');
  }
}

describe('audit report', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'lsa-cli-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes the French plan from a valid audit file', () => {
    const out = join(dir, 'plan.pdf');
    const run = audit(['report', join(repoRoot, valid), '--lang', 'fr', '--out', out, '--date', '2026-09-15']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`✓ ${out} : plan d’action pour Rivière-Verte \\(\\d+ ko\\)`));
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(out);
    expect(text).toContain('Rivière-Verte');
    for (const heading of ['Plan d’action local', 'Table des matières', 'Sommaire', 'Méthodologie', 'Lacunes et priorités', 'Plan de suivi']) expect(text).toContain(heading);
    expect(text).toContain('15 septembre 2026');
    expectNoCrash(run);
  });

  it('names the file from the locality and date, in English by default', () => {
    const run = audit(['report', join(repoRoot, valid), '--date', '2026-09-15'], dir);
    expect(run.status).toBe(0);
    const file = join(dir, 'action-plan-riviere-verte-2026-09-15.pdf');
    expect(existsSync(file)).toBe(true);
    const text = pdfText(file);
    for (const heading of ['Local action plan', 'Contents', 'Summary', 'Method', 'Gaps and priorities', 'Monitoring plan']) expect(text).toContain(heading);
  });

  it('explains an invalid audit file in words, in either language, and exits 1', () => {
    const english = audit(['report', invalid, '--out', join(dir, 'never.pdf')]);
    expect(english.status).toBe(1);
    expect(english.stderr).toContain(`✗ ${invalid}: 2 problems`);
    expect(english.stderr).toContain('audit.periodEnd (in "audit-report-fixture"): Invalid date');
    expect(english.stderr).toContain('respondents[0].type');
    expect(existsSync(join(dir, 'never.pdf'))).toBe(false);
    expectNoCrash(english);
    const french = audit(['report', invalid, '--lang', 'fr']);
    expect(french.status).toBe(1);
    expect(french.stderr).toContain(`✗ ${invalid} : 2 problèmes`);
    expect(french.stderr).toContain('Date non valide');
    expect(french.stderr).not.toContain('templateIssues.');
    expectNoCrash(french);
  });

  it('says what is wrong with a missing file, a bad date or no file at all', () => {
    const missing = audit(['report', 'tests/fixtures/report/no-such.bundle.json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot be read (no such file)');
    const badDate = audit(['report', valid, '--date', '2026-02-30', '--lang', 'fr']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('La date « 2026-02-30 » n’est pas une date valide');
    const none = audit(['report']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Name one audit file');
    for (const run of [missing, badDate, none]) expectNoCrash(run);
  });
  it('opens a file sealed with a passphrase when LSA_PASSPHRASE holds it, and says what is missing otherwise', async () => {
    const sealed = join(dir, 'sealed.encrypted.json');
    writeFileSync(sealed, await sealText(readFileSync(join(repoRoot, valid), 'utf8'), 'green river lantern', { iterations: MIN_SEAL_ITERATIONS }));
    const locked = audit(['report', sealed, '--out', join(dir, 'never.pdf')]);
    expect(locked.status).toBe(1);
    expect(locked.stderr).toContain('the file is protected by a passphrase; give it in the LSA_PASSPHRASE environment variable');
    const wrong = audit(['report', sealed, '--lang', 'fr', '--out', join(dir, 'never.pdf')], repoRoot, { LSA_PASSPHRASE: 'green river' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('LSA_PASSPHRASE n’ouvre pas ce fichier');
    expect(existsSync(join(dir, 'never.pdf'))).toBe(false);
    const out = join(dir, 'sealed.pdf');
    const opened = audit(['report', sealed, '--out', out, '--date', '2026-09-15'], repoRoot, { LSA_PASSPHRASE: 'green river lantern' });
    expect(opened.status).toBe(0);
    expect(pdfText(out)).toContain('Rivière-Verte');
    for (const run of [locked, wrong, opened]) expectNoCrash(run);
  });
});
