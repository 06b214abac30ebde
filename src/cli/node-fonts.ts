import { readFile } from 'node:fs/promises';
import { FONT_FILE_NAMES, type FontFiles, type LoadFonts } from '../report/font-files';

const fontsDir = new URL('../report/fonts/', import.meta.url);

let cached: Promise<FontFiles> | undefined;

/** Reads the embedded fonts from the source tree (the CLI, tests and the benchmark run from it). */
export const loadNodeFonts: LoadFonts = () => {
  cached ??= Promise.all([
    readFile(new URL(FONT_FILE_NAMES.regular, fontsDir)),
    readFile(new URL(FONT_FILE_NAMES.bold, fontsDir)),
  ]).then(([regular, bold]) => ({ regular: new Uint8Array(regular), bold: new Uint8Array(bold) }));
  return cached;
};
