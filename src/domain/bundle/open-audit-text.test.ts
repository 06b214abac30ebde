import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/support/fixtures';
import { openAuditText } from './open-audit-text';
import { MIN_SEAL_ITERATIONS, sealText } from './sealed-file';

const plain = readRepoFile('tests/fixtures/report/small-audit.bundle.json');
const seal = (text: string) => sealText(text, 'green river lantern', { iterations: MIN_SEAL_ITERATIONS });
const outcome = (result: Awaited<ReturnType<typeof openAuditText>>) => (result.ok ? ('bundle' in result ? `ok ${result.bundle.audit.locality}` : `backup ${result.backup.length}`) : 'locked' in result ? result.locked : result.issues.map((i) => i.code).join(','));

describe('openAuditText', () => {
  it('checks a plain audit file in full, passphrase or not', async () => {
    expect(outcome(await openAuditText(plain))).toBe('ok Rivière-Verte');
    expect(outcome(await openAuditText(plain, 'ignored passphrase'))).toBe('ok Rivière-Verte');
    expect(outcome(await openAuditText('{"type":'))).toBe('invalid-json');
  });

  it('opens a sealed file only with its passphrase, then checks what it holds in full', async () => {
    const sealed = await seal(plain);
    expect(outcome(await openAuditText(sealed))).toBe('needs-passphrase');
    expect(outcome(await openAuditText(sealed, 'green river'))).toBe('wrong-passphrase');
    expect(outcome(await openAuditText(sealed, 'green river lantern'))).toBe('ok Rivière-Verte');
    const sealedBad = await seal(JSON.stringify({ type: 'local-safety-audit-bundle', formatVersion: 1, audit: { id: 'x' } }));
    expect(outcome(await openAuditText(sealedBad, 'green river lantern'))).not.toMatch(/^ok|passphrase/);
  });

  it('names what is wrong in a damaged sealed file before asking for anything', async () => {
    const damaged = { ...(JSON.parse(await seal(plain)) as Record<string, unknown>), formatVersion: 2 };
    const result = await openAuditText(JSON.stringify(damaged));
    expect(result.ok).toBe(false);
    if (!result.ok && !('locked' in result)) expect(result.issues.map((i) => i.path.join('.'))).toEqual(['formatVersion']);
  });
});

describe('openAuditText with backups', () => {
  it('opens a backup, plain or sealed, as the list of its audits', async () => {
    const backup = JSON.stringify({ type: 'local-safety-audit-backup', formatVersion: 1, createdAt: 1, source: { app: 'local-safety-audit', version: '1.0.0' }, audits: [JSON.parse(plain) as unknown] });
    expect(outcome(await openAuditText(backup))).toBe('backup 1');
    const sealed = await seal(backup);
    expect(outcome(await openAuditText(sealed))).toBe('needs-passphrase');
    expect(outcome(await openAuditText(sealed, 'green river lantern'))).toBe('backup 1');
  });
});
