import type { TemplateIssue } from '../template/template-issue';
import { parseJsonText } from '../template/pre-checks';
import { looksLikeBackup, parseBackup } from './backup';
import { MAX_BUNDLE_CHARACTERS, parseBundle, type AuditBundle } from './parse-bundle';
import { looksSealed, parseSealedFile, unsealText } from './sealed-file';

/** A sealed file is its audit file in base64 (a third longer), with a short header. */
export const MAX_SEALED_CHARACTERS = 90_000_000;

export type OpenAuditResult =
  | { ok: true; bundle: AuditBundle }
  /** A backup of a device: several audits. */
  | { ok: true; backup: AuditBundle[] }
  | { ok: false; issues: TemplateIssue[] }
  | { ok: false; locked: 'needs-passphrase' | 'wrong-passphrase' };

function openPlain(value: unknown): OpenAuditResult {
  if (!looksLikeBackup(value)) return parseBundle(value);
  const backup = parseBackup(value);
  return backup.ok ? { ok: true, backup: backup.bundles } : backup;
}

/**
 * The audit, or the audits of a backup, inside a file's text, for the app and the command
 * line alike: checked in full; a sealed file is checked, opened with the passphrase, and
 * what it holds checked in full. The text is read as JSON once.
 */
export async function openAuditText(text: string, passphrase?: string): Promise<OpenAuditResult> {
  const json = parseJsonText(text, MAX_SEALED_CHARACTERS);
  if (!json.ok) return json;
  if (!looksSealed(json.value)) {
    // A backup may be as large as a sealed file; one audit file may not.
    const tooLarge = text.length > MAX_BUNDLE_CHARACTERS && !looksLikeBackup(json.value) ? parseJsonText(text, MAX_BUNDLE_CHARACTERS) : undefined;
    return tooLarge && !tooLarge.ok ? tooLarge : openPlain(json.value);
  }
  const sealed = parseSealedFile(json.value);
  if (!sealed.ok) return sealed;
  if (passphrase === undefined) return { ok: false, locked: 'needs-passphrase' };
  const opened = await unsealText(sealed.sealed, passphrase);
  if (!opened.ok) return { ok: false, locked: 'wrong-passphrase' };
  const inner = parseJsonText(opened.text, MAX_SEALED_CHARACTERS);
  return inner.ok ? openPlain(inner.value) : inner;
}
