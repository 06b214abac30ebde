import { drawLines, ensureSpace, fill, newPage, spaceLeft, stroke, useFont, wrap, type Frame } from './pdf-frame';
import { fitWidths } from './grid-widths';
import { COLOURS, type Rgb } from './pdf-theme';

export interface GridCell {
  text: string;
  align?: 'left' | 'right' | 'center';
  bold?: boolean;
  fill?: Rgb;
  colour?: Rgb;
}

/** Rows of wrapped cells that break across pages between lines, repeating the header row. */
export interface GridSpec {
  /** Column widths in points; they may add up to less than the text width. */
  widths: number[];
  header?: GridCell[];
  rows: GridCell[][];
  repeatHeader: boolean;
  zebra: boolean;
  size: number;
  leading: number;
}

const PAD_X = 4;
const PAD_Y = 3;
/** A row split at a page bottom leaves at least this many lines on each page. */
const MIN_SPLIT_LINES = 3;
/** Rows up to this many lines move to the next page whole; longer ones split rather than leave a gap. */
const SHORT_ROW_LINES = 6;

interface PreparedRow {
  cells: GridCell[];
  lines: string[][];
  count: number;
}

function prepare(frame: Frame, spec: GridSpec, cells: GridCell[], headerRow: boolean): PreparedRow {
  const lines = cells.map((cell, i) => {
    useFont(frame.doc, cell.bold || headerRow ? 'bold' : 'normal', spec.size, COLOURS.text);
    return wrap(frame.doc, cell.text, (spec.widths[i] ?? 0) - 2 * PAD_X);
  });
  return { cells, lines, count: Math.max(1, ...lines.map((l) => l.length)) };
}

const heightOf = (lines: number, spec: GridSpec) => lines * spec.leading + 2 * PAD_Y;

function drawSegment(frame: Frame, spec: GridSpec, row: PreparedRow, from: number, to: number, shade: Rgb | undefined, isHeader = false): void {
  const { doc } = frame;
  const height = heightOf(to - from, spec);
  let x = frame.box.left;
  const width = spec.widths.reduce((sum, w) => sum + w, 0);
  if (shade) {
    fill(doc, shade);
    doc.rect(x, frame.y, width, height, 'F');
  }
  row.cells.forEach((cell, i) => {
    const cellWidth = spec.widths[i] ?? 0;
    if (cell.fill) {
      fill(doc, cell.fill);
      doc.rect(x + 0.6, frame.y + 0.6, cellWidth - 1.2, height - 1.2, 'F');
    }
    const align = cell.align ?? 'left';
    const textX = align === 'right' ? x + cellWidth - PAD_X : align === 'center' ? x + cellWidth / 2 : x + PAD_X;
    useFont(doc, cell.bold || isHeader ? 'bold' : 'normal', spec.size, cell.colour ?? (isHeader ? COLOURS.accent : COLOURS.text));
    drawLines(doc, (row.lines[i] ?? []).slice(from, to), textX, frame.y + PAD_Y, spec.size, spec.leading, align);
    x += cellWidth;
  });
  stroke(doc, COLOURS.rule, 0.4);
  doc.line(frame.box.left, frame.y + height, frame.box.left + width, frame.y + height);
  frame.y += height;
}

/** What a row needs where a page starts it: all of a short row (it is never split), the first lines of a long one. */
const startOf = (row: PreparedRow | undefined, spec: GridSpec) => (row ? heightOf(row.count <= SHORT_ROW_LINES ? row.count : MIN_SPLIT_LINES, spec) : 0);

const withFittedWidths = (frame: Frame, given: GridSpec): GridSpec => ({ ...given, widths: fitWidths(frame.doc, { ...given, padding: PAD_X }) });

/** The header and the start of the first row: what must fit below a heading for the grid to begin on its page. */
export function gridStartHeight(frame: Frame, given: GridSpec): number {
  const spec = withFittedWidths(frame, { ...given, rows: given.rows.slice(0, 1) });
  const header = spec.header ? prepare(frame, spec, spec.header, true) : undefined;
  const first = spec.rows[0] ? prepare(frame, spec, spec.rows[0], false) : undefined;
  return (header ? heightOf(header.count, spec) : 0) + startOf(first, spec);
}

/** The whole grid's height, unbroken: for keeping a short grid (a key-value list) with what follows. */
export function gridHeight(frame: Frame, given: GridSpec): number {
  const spec = withFittedWidths(frame, given);
  const rows = [...(spec.header ? [prepare(frame, spec, spec.header, true)] : []), ...spec.rows.map((cells) => prepare(frame, spec, cells, false))];
  return rows.reduce((sum, row) => sum + heightOf(row.count, spec), 0);
}

export function renderGrid(frame: Frame, given: GridSpec): void {
  const spec = withFittedWidths(frame, given);
  const header = spec.header ? prepare(frame, spec, spec.header, true) : undefined;
  const rows = spec.rows.map((cells) => prepare(frame, spec, cells, false));
  const headerHeight = header ? heightOf(header.count, spec) : 0;
  const drawHeader = () => {
    if (header) drawSegment(frame, spec, header, 0, header.count, COLOURS.headerFill, true);
  };
  // Never leave a header alone at the foot of a page: it goes with (the start of) its first row.
  ensureSpace(frame, headerHeight + startOf(rows[0], spec));
  drawHeader();
  const pageLines = Math.floor((frame.box.bottom - frame.box.top - headerHeight - 2 * PAD_Y) / spec.leading);
  rows.forEach((row, index) => {
    const shade = spec.zebra && index % 2 === 1 ? COLOURS.zebra : undefined;
    const last = rows[index + 1];
    // The last row never goes over alone: the two last rows of a table share a page.
    if (index === rows.length - 2 && index >= 2 && last && row.count + last.count <= SHORT_ROW_LINES) {
      const both = heightOf(row.count, spec) + heightOf(last.count, spec);
      if (both > spaceLeft(frame) && heightOf(row.count, spec) <= spaceLeft(frame)) {
        newPage(frame);
        if (spec.repeatHeader) drawHeader();
      }
    }
    let from = 0;
    while (from < row.count) {
      const fits = Math.floor((spaceLeft(frame) - 2 * PAD_Y) / spec.leading);
      const left = row.count - from;
      if (left <= fits) {
        drawSegment(frame, spec, row, from, row.count, shade);
        break;
      }
      // Carry the rest over whole when it fits on a fresh page or too little of it fits here.
      const fresh = frame.y <= frame.box.top + headerHeight + 0.5;
      const take = fresh ? Math.max(1, fits) : Math.min(fits, left - MIN_SPLIT_LINES);
      const long = left > pageLines || left > SHORT_ROW_LINES;
      if (long && (take >= MIN_SPLIT_LINES || fresh)) {
        drawSegment(frame, spec, row, from, from + take, shade);
        from += take;
      }
      newPage(frame);
      if (spec.repeatHeader) drawHeader();
    }
  });
}
