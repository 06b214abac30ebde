import type { jsPDF } from 'jspdf';
import type { ContentsEntry, DocumentModel } from '../document-model';
import { drawLines, stroke, useFont, wrap, type Frame } from './pdf-frame';
import { COLOURS, TYPE, type PageBox } from './pdf-theme';

const ENTRY = { size: 10, leading: 17 };
const INDENT = 16;
const NUMBER_WIDTH = 36;
const TITLE_HEIGHT = TYPE.h1.leading + 22;

function entryLines(doc: jsPDF, box: PageBox, entry: ContentsEntry): string[] {
  useFont(doc, entry.level === 1 ? 'bold' : 'normal', ENTRY.size, COLOURS.text);
  return wrap(doc, entry.text, box.textWidth - NUMBER_WIDTH - (entry.level === 2 ? INDENT : 0));
}

/** How many pages the contents need, known before the body is laid out. */
export function contentsPageCount(doc: jsPDF, box: PageBox, entries: readonly ContentsEntry[]): number {
  let pages = 1;
  let y = box.top + TITLE_HEIGHT;
  for (const entry of entries) {
    const height = entryLines(doc, box, entry).length * ENTRY.leading + (entry.level === 1 ? 4 : 0);
    if (y + height > box.bottom) {
      pages++;
      y = box.top;
    }
    y += height;
  }
  return pages;
}

/** Fills the reserved pages, each entry linked to its page, numbers right-aligned after dot leaders. */
export function renderContents(frame: Frame, model: DocumentModel, entries: readonly ContentsEntry[], firstPage: number, pageOf: (entry: ContentsEntry) => number): void {
  const { doc, box } = frame;
  let page = firstPage;
  doc.setPage(page);
  useFont(doc, 'bold', TYPE.h1.size, COLOURS.accent);
  drawLines(doc, [model.contentsTitle], box.left, box.top, TYPE.h1.size, TYPE.h1.leading);
  stroke(doc, COLOURS.accent, 1);
  doc.line(box.left, box.top + TYPE.h1.leading + 2, box.right, box.top + TYPE.h1.leading + 2);
  let y = box.top + TITLE_HEIGHT;
  for (const entry of entries) {
    const lines = entryLines(doc, box, entry);
    const height = lines.length * ENTRY.leading + (entry.level === 1 ? 4 : 0);
    if (y + height > box.bottom) {
      doc.setPage(++page);
      y = box.top;
    }
    if (entry.level === 1) y += 4;
    const x = box.left + (entry.level === 2 ? INDENT : 0);
    const target = pageOf(entry);
    drawLines(doc, lines, x, y, ENTRY.size, ENTRY.leading);
    const lastTop = y + (lines.length - 1) * ENTRY.leading;
    const lastWidth = doc.getTextWidth(lines[lines.length - 1] ?? '');
    useFont(doc, 'normal', ENTRY.size, COLOURS.muted);
    const number = String(target);
    const dotsFrom = x + lastWidth + 6;
    const dotsTo = box.right - doc.getTextWidth(number) - 6;
    if (dotsTo > dotsFrom) {
      // Dot leaders as a dotted vector line: they print, but stay out of the extracted text.
      const base = lastTop + ENTRY.leading / 2 + ENTRY.size * 0.35;
      stroke(doc, COLOURS.rule, 0.9);
      doc.setLineDashPattern([0.9, 2.6], 0);
      doc.line(dotsFrom, base, dotsTo, base);
      doc.setLineDashPattern([], 0);
    }
    drawLines(doc, [number], box.right, lastTop, ENTRY.size, ENTRY.leading, 'right');
    doc.link(box.left, y, box.textWidth, lines.length * ENTRY.leading, { pageNumber: target });
    y += lines.length * ENTRY.leading;
  }
}
