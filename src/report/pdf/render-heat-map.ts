import type { HeatMapBlock } from '../document-model';
import { drawLines, ensureSpace, useFont, wrap, type Frame } from './pdf-frame';
import { COLOURS, TYPE, mix } from './pdf-theme';
import { renderGrid, type GridCell } from './render-grid';

const DARK_TEXT_FROM = 0.55;
/** A matrix of one or two columns stays compact instead of stretching across the page. */
const WIDEST_CELL = 96;

function cell(level: number | null, text: string): GridCell {
  if (level === null) return { text, align: 'center', colour: COLOURS.muted };
  return { text, align: 'center', fill: mix(COLOURS.heatLow, COLOURS.heatHigh, level), colour: level >= DARK_TEXT_FROM ? COLOURS.white : COLOURS.text };
}

/** A matrix of shaded cells (vector rectangles), breaking between rows with its header repeated. */
export function renderHeatMap(frame: Frame, block: HeatMapBlock): void {
  const { doc, box } = frame;
  const columns = block.columns.length;
  const labelWidth = Math.round(box.textWidth * (columns > 6 ? 0.26 : 0.34));
  const cellWidth = Math.min(WIDEST_CELL, (box.textWidth - labelWidth) / Math.max(1, columns));
  useFont(doc, 'bold', TYPE.h3.size - 1, COLOURS.text);
  const title = wrap(doc, block.title, box.textWidth);
  useFont(doc, 'normal', TYPE.note.size, COLOURS.muted);
  const legend = wrap(doc, block.legend, box.textWidth);
  // Title, legend and key come first and stay with the first rows: the key explains the numbered columns.
  ensureSpace(frame, title.length * TYPE.h3.leading + legend.length * TYPE.note.leading + keyHeight(frame, block.key) + 90);
  useFont(doc, 'bold', TYPE.h3.size - 1, COLOURS.text);
  drawLines(doc, title, box.left, frame.y, TYPE.h3.size - 1, TYPE.h3.leading);
  frame.y += title.length * TYPE.h3.leading + 2;
  useFont(doc, 'normal', TYPE.note.size, COLOURS.muted);
  drawLines(doc, legend, box.left, frame.y, TYPE.note.size, TYPE.note.leading);
  frame.y += legend.length * TYPE.note.leading + 4;
  if (block.key) renderKey(frame, block.key);
  renderGrid(frame, {
    widths: [labelWidth, ...block.columns.map(() => cellWidth)],
    header: [{ text: block.corner }, ...block.columns.map((text) => ({ text, align: 'center' as const }))],
    rows: block.rows.map((row) => [{ text: row.label }, ...row.cells.map((c) => cell(c.level, c.text))]),
    repeatHeader: true,
    zebra: false,
    size: columns > 6 ? TYPE.table.size - 1 : TYPE.table.size,
    leading: columns > 6 ? TYPE.table.leading - 1 : TYPE.table.leading,
  });
  frame.y += 12;
}

type Key = NonNullable<HeatMapBlock['key']>;

function keyPairs(frame: Frame, key: Key) {
  const half = frame.box.textWidth / 2;
  useFont(frame.doc, 'normal', TYPE.note.size, COLOURS.text);
  const pairs: { number: string; lines: string[] }[][] = [];
  for (let i = 0; i < key.entries.length; i += 2) {
    pairs.push([i, i + 1].filter((j) => j < key.entries.length).map((j) => ({ number: String(j + 1), lines: wrap(frame.doc, key.entries[j] ?? '', half - 24) })));
  }
  return pairs;
}

function keyHeight(frame: Frame, key: Key | undefined): number {
  if (!key) return 0;
  return TYPE.note.leading * (1 + keyPairs(frame, key).reduce((sum, pair) => sum + Math.max(...pair.map((entry) => entry.lines.length)), 0)) + 6;
}

/** What the column numbers stand for, in two columns: "1  Street-involved youth". */
function renderKey(frame: Frame, key: Key): void {
  const { doc, box } = frame;
  const { size, leading } = TYPE.note;
  const half = box.textWidth / 2;
  useFont(doc, 'bold', size, COLOURS.text);
  ensureSpace(frame, leading * 2);
  drawLines(doc, [key.title], box.left, frame.y, size, leading);
  frame.y += leading;
  for (const pair of keyPairs(frame, key)) {
    useFont(doc, 'normal', size, COLOURS.text);
    const height = Math.max(...pair.map((entry) => entry.lines.length)) * leading;
    ensureSpace(frame, height);
    pair.forEach((entry, k) => {
      const x = box.left + k * half;
      drawLines(doc, [entry.number], x + 12, frame.y, size, leading, 'right');
      drawLines(doc, entry.lines, x + 18, frame.y, size, leading);
    });
    frame.y += height;
  }
  frame.y += 6;
}
