import { z } from 'zod';
import { nearestId, type TemplateIssue } from '../template/template-issue';
import { mapZodIssues } from '../template/zod-issues';
import { TimestampSchema } from '../template/primitives';
import type { RawAuditBundle } from './bundle-schema';
import { parseBundle, type AuditBundle } from './parse-bundle';

/**
 * Every audit of a device in one file: a list of audit files (bundle-schema.ts), each
 * checked in full on the way in. Restoring one merges each audit with its copy on the
 * device, if there is one; sealed with a passphrase like any audit file (sealed-file.ts).
 */
export { BACKUP_TYPE } from '../file-types';
import { BACKUP_TYPE } from '../file-types';
export const BACKUP_FORMAT_VERSION = 1;
const MAX_AUDITS = 500;

export const BackupSchema = z.strictObject({
  type: z.literal(BACKUP_TYPE),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: TimestampSchema,
  source: z.strictObject({ app: z.literal('local-safety-audit'), version: z.string().max(50) }),
  /** Audit files, checked one by one with parseBundle. */
  audits: z.array(z.unknown()).max(MAX_AUDITS),
});
export type RawBackup = Omit<z.infer<typeof BackupSchema>, 'audits'> & { audits: RawAuditBundle[] };
export type BackupParseResult = { ok: true; bundles: AuditBundle[] } | { ok: false; issues: TemplateIssue[] };

const MAX_ISSUES = 50;

export function looksLikeBackup(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { type?: unknown }).type === BACKUP_TYPE;
}

/** Checks a backup and every audit file in it; problems name their place from the backup's root. */
export function parseBackup(value: unknown): BackupParseResult {
  const shape = BackupSchema.safeParse(value, { reportInput: true });
  if (!shape.success) return { ok: false, issues: mapZodIssues(shape.error.issues).map((i) => ({ ...i, near: i.near ?? nearestId(value, i.path) })).slice(0, MAX_ISSUES) };
  const bundles: AuditBundle[] = [];
  const issues: TemplateIssue[] = [];
  const seen = new Set<string>();
  shape.data.audits.forEach((raw, i) => {
    if (issues.length >= MAX_ISSUES) return;
    const parsed = parseBundle(raw);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((issue) => ({ ...issue, path: ['audits', i, ...issue.path] })));
      return;
    }
    const id = parsed.bundle.audit.id;
    if (seen.has(id)) issues.push({ code: 'duplicate-audit', path: ['audits', i, 'audit', 'id'], params: { ref: id } });
    seen.add(id);
    bundles.push(parsed.bundle);
  });
  return issues.length ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : { ok: true, bundles };
}
