import { parseJsonText } from '../template/pre-checks';
import { MAX_BUNDLE_CHARACTERS, parseBundle, parseBundleText, type BundleParseResult } from './parse-bundle';
import { looksSealed, parseSealedFile, unsealText } from './sealed-file';

/** A sealed file is its audit file in base64 (a third longer), with a short header. */
export const MAX_SEALED_CHARACTERS = 90_000_000;

export type OpenAuditResult = BundleParseResult | { ok: false; locked: 'needs-passphrase' | 'wrong-passphrase' };

/**
 * The audit inside a file's text, for the app and the command line alike: an audit file
 * is checked in full; a sealed one is checked, opened with the passphrase, and what it
 * holds checked in full. The text is read as JSON once.
 */
export async function openAuditText(text: string, passphrase?: string): Promise<OpenAuditResult> {
  const json = parseJsonText(text, MAX_SEALED_CHARACTERS);
  if (!json.ok || !looksSealed(json.value)) return json.ok && text.length <= MAX_BUNDLE_CHARACTERS ? parseBundle(json.value) : parseBundleText(text);
  const sealed = parseSealedFile(json.value);
  if (!sealed.ok) return sealed;
  if (passphrase === undefined) return { ok: false, locked: 'needs-passphrase' };
  const opened = await unsealText(sealed.sealed, passphrase);
  return opened.ok ? parseBundleText(opened.text) : { ok: false, locked: 'wrong-passphrase' };
}
