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
  ensureSpace(frame, title.length * TYPE.h3.leading + 90);
  drawLines(doc, title, box.left, frame.y, TYPE.h3.size - 1, TYPE.h3.leading);
  frame.y += title.length * TYPE.h3.leading + 4;
  renderGrid(frame, {
    widths: [labelWidth, ...block.columns.map(() => cellWidth)],
    header: [{ text: block.corner }, ...block.columns.map((text) => ({ text, align: 'center' as const }))],
    rows: block.rows.map((row) => [{ text: row.label }, ...row.cells.map((c) => cell(c.level, c.text))]),
    repeatHeader: true,
    zebra: false,
    size: columns > 6 ? TYPE.table.size - 1 : TYPE.table.size,
    leading: columns > 6 ? TYPE.table.leading - 1 : TYPE.table.leading,
  });
  useFont(doc, 'normal', TYPE.note.size, COLOURS.muted);
  const legend = wrap(doc, block.legend, box.textWidth);
  ensureSpace(frame, legend.length * TYPE.note.leading + 4);
  frame.y += 3;
  drawLines(doc, legend, box.left, frame.y, TYPE.note.size, TYPE.note.leading);
  frame.y += legend.length * TYPE.note.leading + 10;
}
