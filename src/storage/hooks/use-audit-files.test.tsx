// Audit files as screens use them (jsdom, fake-indexeddb): an export sealed with a
// passphrase opens only with that passphrase, and a wrong one changes nothing.
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { auditWithRespondent } from '../../../tests/support/test-audit';
import { hookDatabase } from '../../../tests/support/hook-database';
import { saveAnswers } from '../repositories/answers-repo';
import { useAuditFiles } from './use-audit-files';

const template = allTypesTemplate();
const store = hookDatabase();
const { wrapper } = store;
const PASSPHRASE = 'river bend lantern';

async function exported(passphrase?: string) {
  const { auditId, respondentId } = await auditWithRespondent(store.db, template);
  await saveAnswers(store.db, auditId, respondentId, [{ key: 'role', answer: { value: 'Inspectrice du travail' }, at: 1000 }]);
  const { result } = renderHook(() => useAuditFiles(), { wrapper });
  return { files: result.current, auditId, file: await result.current.exportAudit(auditId, '0.0.0', passphrase) };
}

describe('useAuditFiles', () => {
  it('seals an export with a passphrase: nothing of the audit shows in the file, and it opens with that passphrase', async () => {
    const { files, auditId, file } = await exported(PASSPHRASE);
    expect(file.fileName).toMatch(/^audit-l-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
    const text = await file.blob.text();
    expect(text).toContain('"local-safety-audit-sealed"');
    expect(text).not.toContain('Inspectrice');
    expect(await files.read(file.blob)).toEqual({ kind: 'sealed' });
    expect(await files.read(file.blob, 'not the passphrase')).toEqual({ kind: 'wrong-passphrase' });
    const opened = await files.read(file.blob, PASSPHRASE);
    expect(opened.kind).toBe('ready');
    if (opened.kind !== 'ready') return;
    expect(opened.exists).toBe(true);
    expect(opened.bundle.audit.id).toBe(auditId);
    expect(opened.bundle.answers.map((a) => a.answer.value)).toEqual(['Inspectrice du travail']);
  });

  it('still exports and opens plain files without a passphrase', async () => {
    const { files, file } = await exported();
    expect(file.fileName).toMatch(/^audit-l-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await file.blob.text()).toContain('Inspectrice du travail');
    expect((await files.read(file.blob)).kind).toBe('ready');
  });

  it('names what is wrong in a damaged sealed file instead of asking for its passphrase', async () => {
    const { files, file } = await exported(PASSPHRASE);
    const damaged = JSON.parse(await file.blob.text()) as { cipher: { iv: string } };
    damaged.cipher.iv = 'AAAA';
    const outcome = await files.read(new Blob([JSON.stringify(damaged)]), PASSPHRASE);
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind === 'rejected') expect(outcome.issues.map((i) => i.path.join('.'))).toEqual(['cipher.iv']);
  });
  it('backs up every audit in one sealed file that opens as a backup and restores', async () => {
    const { files } = await exported();
    const backup = await files.backUp('0.0.0', PASSPHRASE);
    expect(backup.audits).toBe(1);
    expect(backup.fileName).toMatch(/^backup-local-safety-audit-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
    expect(await backup.blob.text()).not.toContain('Inspectrice');
    expect(await files.read(backup.blob)).toEqual({ kind: 'sealed' });
    const opened = await files.read(backup.blob, PASSPHRASE);
    expect(opened.kind).toBe('backup');
    if (opened.kind !== 'backup') return;
    expect(opened.bundles.map((b) => b.audit.locality)).toEqual(['L']);
    expect(await files.restore(opened.bundles)).toMatchObject({ restored: 1, answersAdded: 0, answersKept: 0, refused: [] });
  });
});
