import type { DocumentModel } from '../document-model';

/** "2026-09-15" -> "D:20260915000000+00'00'": a fixed time of day and zone, so runs match byte for byte. */
export function pdfDate(isoDate: string): string {
  return `D:${isoDate.replaceAll('-', '')}000000+00'00'`;
}

/** FNV-1a over the text with a seed: four of them make the 128-bit PDF file identifier. */
function fnv(text: string, seed: number): string {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The PDF /ID is random by default; derived from the content instead, the same plan gets the same file. */
export function fileIdOf(model: DocumentModel): string {
  const text = JSON.stringify(model);
  return [1, 2, 3, 4].map((seed) => fnv(text, seed * 0x9e3779b1)).join('').toUpperCase();
}
