/**
 * The `type` each kind of file of the app carries, in one place: screens that read one kind
 * recognise another and say where it belongs (a template opened as an audit, say).
 */
export const BUNDLE_TYPE = 'local-safety-audit-bundle';
export const SEALED_TYPE = 'local-safety-audit-sealed';
export const BACKUP_TYPE = 'local-safety-audit-backup';

export type FileKind = 'audit' | 'sealed' | 'backup' | 'template' | 'unknown';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What a parsed file looks like: one of the app's typed files, a template (sections, no type), or neither. */
export function fileKind(value: unknown): FileKind {
  if (!isRecord(value)) return 'unknown';
  if (value.type === BUNDLE_TYPE) return 'audit';
  if (value.type === SEALED_TYPE) return 'sealed';
  if (value.type === BACKUP_TYPE) return 'backup';
  return value.type === undefined && Array.isArray(value.sections) ? 'template' : 'unknown';
}
