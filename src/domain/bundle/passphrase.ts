/** A passphrase shorter than this is refused when sealing an audit file (sealed-file.ts). */
export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseProblem = 'too-short' | 'mismatch';

/** What stops a new passphrase, typed twice, from sealing a file; undefined when nothing does. */
export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem | undefined {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (passphrase.normalize('NFC') !== repeated.normalize('NFC')) return 'mismatch';
  return undefined;
}
