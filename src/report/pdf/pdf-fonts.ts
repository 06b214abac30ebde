import type { jsPDF } from 'jspdf';
import { FONT_FILE_NAMES, type FontFiles } from '../font-files';
import { FONT_FAMILY } from './pdf-frame';

const binaries = new WeakMap<Uint8Array, string>();

/** jsPDF's virtual file system takes fonts as binary strings; convert each file once. */
function binaryString(bytes: Uint8Array): string {
  let text = binaries.get(bytes);
  if (text === undefined) {
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
    text = parts.join('');
    binaries.set(bytes, text);
  }
  return text;
}

/** Embeds DejaVu Sans (regular and bold); jsPDF writes only the glyphs the document uses. */
export function registerFonts(doc: jsPDF, fonts: FontFiles): void {
  doc.addFileToVFS(FONT_FILE_NAMES.regular, binaryString(fonts.regular));
  doc.addFont(FONT_FILE_NAMES.regular, FONT_FAMILY, 'normal');
  doc.addFileToVFS(FONT_FILE_NAMES.bold, binaryString(fonts.bold));
  doc.addFont(FONT_FILE_NAMES.bold, FONT_FAMILY, 'bold');
  doc.setFont(FONT_FAMILY, 'normal');
}
