import { useMemo } from 'react';
import type { AuditBundle, TemplateIssue } from '../../domain';
import { useDatabase } from '../database-context';
import type { ImportMode, ImportResult } from '../repositories/import-bundle';

export type ReadOutcome =
  | { kind: 'ready'; bundle: AuditBundle; exists: boolean }
  | { kind: 'rejected'; issues: TemplateIssue[] }
  | { kind: 'unreadable' }
  | { kind: 'too-large' };

const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Audit files for screens. The parsing and bundle code (and the schema library) load
 * on first use, keeping them out of the first screen's bundle.
 */
export function useAuditFiles() {
  const db = useDatabase();
  return useMemo(
    () => ({
      async read(file: Blob): Promise<ReadOutcome> {
        if (file.size > MAX_FILE_BYTES) return { kind: 'too-large' };
        let text: string;
        try {
          text = await file.text();
        } catch {
          return { kind: 'unreadable' };
        }
        const { parseBundleText } = await import('../../domain');
        const parsed = parseBundleText(text);
        if (!parsed.ok) return { kind: 'rejected', issues: parsed.issues };
        const exists = (await db.audits.get(parsed.bundle.audit.id)) !== undefined;
        return { kind: 'ready', bundle: parsed.bundle, exists };
      },
      async importBundle(bundle: AuditBundle, mode: ImportMode): Promise<ImportResult> {
        const { importAuditBundle } = await import('../bundles');
        return importAuditBundle(db, bundle, mode);
      },
      async exportAudit(auditId: string, appVersion: string): Promise<{ blob: Blob; fileName: string }> {
        const { exportAuditBundle, bundleFileName } = await import('../bundles');
        const bundle = await exportAuditBundle(db, auditId, appVersion);
        return { blob: new Blob([JSON.stringify(bundle, null, 1)], { type: 'application/json' }), fileName: bundleFileName(bundle.audit.locality, bundle.exportedAt) };
      },
      async markExample(auditId: string): Promise<void> {
        await db.audits.update(auditId, { example: true });
      },
      async findExample(): Promise<string | undefined> {
        return (await db.audits.filter((a) => a.example === true && a.deletedAt === 0).first())?.id;
      },
    }),
    [db],
  );
}
