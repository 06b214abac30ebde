import { BACKUP_FORMAT_VERSION, BACKUP_TYPE, type AuditBundle, type RawBackup } from '../../domain';
import type { AuditDatabase } from '../database';
import { exportAuditBundle } from './export-bundle';
import { importAuditBundle, type ImportSummary } from './import-bundle';

/** Every audit on the device except those in the trash, as one backup object (domain/bundle/backup.ts). */
export async function exportBackup(db: AuditDatabase, appVersion: string, now: number = Date.now()): Promise<RawBackup> {
  const audits = (await db.audits.where('deletedAt').equals(0).toArray()).sort((a, b) => a.createdAt - b.createdAt);
  const bundles = [];
  for (const audit of audits) bundles.push(await exportAuditBundle(db, audit.id, appVersion, now));
  return { type: BACKUP_TYPE, formatVersion: BACKUP_FORMAT_VERSION, createdAt: now, source: { app: 'local-safety-audit', version: appVersion }, audits: bundles };
}

export interface RestoreSummary {
  restored: number;
  respondentsAdded: number;
  answersAdded: number;
  answersUpdated: number;
  answersKept: number;
  /** Codes of respondents removed here because the backup says they were removed (importAuditBundle). */
  respondentsRemoved: string[];
  /** Audits left as they were: their template version exists here with other content. */
  refused: { locality: string; templateKey: string }[];
}

/**
 * Brings every audit of a backup onto this device, each merged with its copy here if there
 * is one (importAuditBundle, "merge"). An audit whose template conflicts with one here is
 * left out, and said so; the others still come in. It is one transaction: should the
 * device refuse a write (out of space), nothing of the backup is stored. `onProgress`
 * hears before each audit how many are done, out of how many.
 */
export async function restoreBackup(db: AuditDatabase, bundles: readonly AuditBundle[], onProgress?: (done: number, total: number) => void): Promise<RestoreSummary> {
  return db.transaction('rw', [db.audits, db.respondents, db.answers, db.templates, db.plans], async () => {
    const summary: RestoreSummary = { restored: 0, respondentsAdded: 0, answersAdded: 0, answersUpdated: 0, answersKept: 0, respondentsRemoved: [], refused: [] };
    for (const [done, bundle] of bundles.entries()) {
      onProgress?.(done, bundles.length);
      const result = await importAuditBundle(db, bundle, 'merge');
      if (!result.ok) {
        summary.refused.push({ locality: bundle.audit.locality, templateKey: result.templateKey });
        continue;
      }
      const s: ImportSummary = result.summary;
      summary.restored += 1;
      summary.respondentsAdded += s.respondentsAdded;
      summary.answersAdded += s.answersAdded;
      summary.answersUpdated += s.answersUpdated;
      summary.respondentsRemoved.push(...s.respondentsRemoved);
      summary.answersKept += s.answersKept;
    }
    return summary;
  });
}
