import type { jsPDF } from 'jspdf';
import { useFont } from './pdf-frame';
import { COLOURS } from './pdf-theme';

/** A word longer than this (a URL, a long compound) may still break inside a body cell. */
const LONGEST_UNBROKEN_BODY_WORD = 120;
/** Cells this short ("fewer than 5", "Quarterly") stay on one line. */
const SHORT_CELL = 14;

export interface WidthInput {
  widths: readonly number[];
  header?: readonly { text: string }[];
  rows: readonly (readonly { text: string; bold?: boolean }[])[];
  size: number;
  padding: number;
}

function longestWord(doc: jsPDF, text: string): number {
  let longest = 0;
  for (const word of text.split(/\s+/)) if (word) longest = Math.max(longest, doc.getTextWidth(word));
  return longest;
}

/**
 * Widens columns whose header or body words would otherwise be cut mid-word ("Préoccupatio/n"),
 * taking the room from columns that have some to spare; the total width never changes.
 */
export function fitWidths(doc: jsPDF, input: WidthInput): number[] {
  const minimum = input.widths.map(() => 0);
  useFont(doc, 'bold', input.size, COLOURS.text);
  input.header?.forEach((cell, i) => (minimum[i] = Math.max(minimum[i] ?? 0, longestWord(doc, cell.text))));
  useFont(doc, 'normal', input.size, COLOURS.text);
  for (const row of input.rows) {
    row.forEach((cell, i) => {
      const unit = cell.text.length <= SHORT_CELL ? doc.getTextWidth(cell.text) : longestWord(doc, cell.text);
      minimum[i] = Math.max(minimum[i] ?? 0, Math.min(LONGEST_UNBROKEN_BODY_WORD, unit));
    });
  }
  const needed = minimum.map((m) => m + 2 * input.padding + 0.5);
  const widths = [...input.widths];
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (needed.reduce((sum, n) => sum + n, 0) > total) return widths;
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, (needed[i] ?? 0) - w), 0);
  if (deficit === 0) return widths;
  const slack = widths.map((w, i) => Math.max(0, w - (needed[i] ?? 0)));
  const spare = slack.reduce((sum, s) => sum + s, 0);
  return widths.map((w, i) => Math.max(w, needed[i] ?? 0) - (spare > 0 ? (deficit * (slack[i] ?? 0)) / spare : 0));
}
