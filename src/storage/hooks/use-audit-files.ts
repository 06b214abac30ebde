import { useMemo } from 'react';
import type { AuditBundle, TemplateIssue } from '../../domain';
import { announceRewritten } from '../answer-channel';
import { useDatabase } from '../database-context';
import type { RestoreSummary } from '../repositories/backup';
import type { ImportMode, ImportResult } from '../repositories/import-bundle';

export type ReadOutcome =
  | { kind: 'ready'; bundle: AuditBundle; exists: boolean }
  /** A backup: every audit of a device. */
  | { kind: 'backup'; bundles: AuditBundle[] }
  | { kind: 'rejected'; issues: TemplateIssue[] }
  /** The file is sealed with a passphrase: read it again with one. */
  | { kind: 'sealed' }
  /** The passphrase does not open the file (or the file was changed after it was sealed). */
  | { kind: 'wrong-passphrase' }
  | { kind: 'unreadable' }
  | { kind: 'too-large' };

const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A file's content: readable JSON, or sealed with the passphrase (and named so) when there is one. */
async function asFile(value: unknown, fileName: string, passphrase: string | undefined): Promise<{ blob: Blob; fileName: string }> {
  if (passphrase === undefined) return { blob: new Blob([JSON.stringify(value, null, 1)], { type: 'application/json' }), fileName };
  const { sealText } = await import('../../domain');
  return { blob: new Blob([await sealText(JSON.stringify(value), passphrase)], { type: 'application/json' }), fileName: fileName.replace(/\.json$/, '.encrypted.json') };
}

/**
 * Audit files for screens. The parsing and bundle code (and the schema library) load
 * on first use, keeping them out of the first screen's bundle.
 */
export function useAuditFiles() {
  const source = useDatabase();
  return useMemo(
    () => ({
      async read(file: Blob, passphrase?: string): Promise<ReadOutcome> {
        if (file.size > MAX_FILE_BYTES) return { kind: 'too-large' };
        let text: string;
        try {
          text = await file.text();
        } catch {
          return { kind: 'unreadable' };
        }
        const { openAuditText } = await import('../../domain');
        const parsed = await openAuditText(text, passphrase);
        if (!parsed.ok && 'locked' in parsed) return { kind: parsed.locked === 'needs-passphrase' ? 'sealed' : 'wrong-passphrase' };
        if (!parsed.ok) return { kind: 'rejected', issues: parsed.issues };
        if ('backup' in parsed) return { kind: 'backup', bundles: parsed.backup };
        const exists = (await (await source.get()).audits.get(parsed.bundle.audit.id)) !== undefined;
        return { kind: 'ready', bundle: parsed.bundle, exists };
      },
      async importBundle(bundle: AuditBundle, mode: ImportMode): Promise<ImportResult> {
        const { importAuditBundle } = await import('../bundles');
        const result = await importAuditBundle(await source.get(), bundle, mode);
        // A questionnaire open in another tab shows what the merge changed (a copy has new ids).
        if (result.ok && mode === 'merge') announceRewritten(bundle.respondents.map((r) => r.id));
        return result;
      },
      /** The whole audit as one file; sealed when a passphrase is given (domain/bundle/sealed-file.ts). */
      async exportAudit(auditId: string, appVersion: string, passphrase?: string): Promise<{ blob: Blob; fileName: string }> {
        const { exportAuditBundle, bundleFileName } = await import('../bundles');
        const bundle = await exportAuditBundle(await source.get(), auditId, appVersion);
        return asFile(bundle, bundleFileName(bundle.audit.locality, bundle.exportedAt), passphrase);
      },
      /** Every audit here except the trash's, as one file; sealed when a passphrase is given. */
      async backUp(appVersion: string, passphrase?: string): Promise<{ blob: Blob; fileName: string; audits: number }> {
        const { exportBackup } = await import('../bundles');
        const backup = await exportBackup(await source.get(), appVersion);
        const file = await asFile(backup, `backup-local-safety-audit-${new Date(backup.createdAt).toISOString().slice(0, 10)}.json`, passphrase);
        return { ...file, audits: backup.audits.length };
      },
      async restore(bundles: AuditBundle[], onProgress?: (done: number, total: number) => void): Promise<RestoreSummary> {
        const { restoreBackup } = await import('../bundles');
        const summary = await restoreBackup(await source.get(), bundles, onProgress);
        announceRewritten(bundles.flatMap((b) => b.respondents.map((r) => r.id)));
        return summary;
      },
      async markExample(auditId: string): Promise<void> {
        await (await source.get()).audits.update(auditId, { example: true });
      },
      async findExample(): Promise<string | undefined> {
        return (await (await source.get()).audits.filter((a) => a.example === true && a.deletedAt === 0).first())?.id;
      },
    }),
    [source],
  );
}
