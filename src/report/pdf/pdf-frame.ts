import type { jsPDF } from 'jspdf';
import type { PageBox, Rgb } from './pdf-theme';

/** The page being filled and how far down it is: the only state the block renderers share. */
export interface Frame {
  doc: jsPDF;
  box: PageBox;
  y: number;
}

export type Weight = 'normal' | 'bold';

export const FONT_FAMILY = 'DejaVuSans';

export function useFont(doc: jsPDF, weight: Weight, size: number, colour: Rgb): void {
  doc.setFont(FONT_FAMILY, weight);
  doc.setFontSize(size);
  doc.setTextColor(colour[0], colour[1], colour[2]);
}

export function newPage(frame: Frame): void {
  frame.doc.addPage();
  frame.y = frame.box.top;
}

export function spaceLeft(frame: Frame): number {
  return frame.box.bottom - frame.y;
}

/** Starts a new page unless `height` fits below, or the page is still empty (nothing would fit better). */
export function ensureSpace(frame: Frame, height: number): void {
  if (height > spaceLeft(frame) && frame.y > frame.box.top) newPage(frame);
}

/** Wraps text to a width in the current font; blank input gives no lines. */
export function wrap(doc: jsPDF, text: string, width: number): string[] {
  const clean = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim();
  if (clean === '') return [];
  return doc.splitTextToSize(clean, width) as string[];
}

/** The baseline of a line whose box starts at `top`: the glyphs sit centred in the leading. */
export function baseline(top: number, size: number, leading: number): number {
  return top + leading / 2 + size * 0.35;
}

export function drawLines(doc: jsPDF, lines: readonly string[], x: number, top: number, size: number, leading: number, align: 'left' | 'right' | 'center' = 'left'): void {
  lines.forEach((line, i) => {
    doc.text(line, x, baseline(top + i * leading, size, leading), { align });
  });
}

export function fill(doc: jsPDF, colour: Rgb): void {
  doc.setFillColor(colour[0], colour[1], colour[2]);
}

export function stroke(doc: jsPDF, colour: Rgb, width: number): void {
  doc.setDrawColor(colour[0], colour[1], colour[2]);
  doc.setLineWidth(width);
}
