import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_CHARACTERS } from '../domain';

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'notFound' | 'isDirectory' | 'other' }
  | { ok: false; reason: 'tooLarge'; size: number };

/** Reads a file as UTF-8, refusing folders and files over `maxCharacters` before loading them. */
export async function readTextFile(path: string, maxCharacters: number = MAX_FILE_CHARACTERS): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'isDirectory' };
    if (info.size > maxCharacters * 4) return { ok: false, reason: 'tooLarge', size: info.size };
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'notFound' : 'other' };
  }
}
