import type { BarChartBlock } from '../document-model';
import { drawLines, ensureSpace, fill, newPage, spaceLeft, stroke, useFont, wrap, type Frame } from './pdf-frame';
import { COLOURS, TYPE } from './pdf-theme';

const LABEL_SHARE = 0.36;
const BAR_HEIGHT = 9;
const ROW_GAP = 5;
const TITLE_GAP = 6;
const TICKS_HEIGHT = 12;
const MAX_LABEL_LINES = 3;
const { size, leading } = TYPE.note;

interface Row {
  lines: string[];
  height: number;
}

function rows(frame: Frame, block: BarChartBlock, labelWidth: number): Row[] {
  useFont(frame.doc, 'normal', size, COLOURS.text);
  return block.bars.map((bar) => {
    const wrapped = wrap(frame.doc, bar.label, labelWidth - 6);
    const lines = wrapped.length > MAX_LABEL_LINES ? [...wrapped.slice(0, MAX_LABEL_LINES - 1), `${(wrapped[MAX_LABEL_LINES - 1] ?? '').replace(/\s*\S*$/, '')}…`] : wrapped;
    return { lines, height: Math.max(lines.length * leading, BAR_HEIGHT + 3) + ROW_GAP };
  });
}

function titleLines(frame: Frame, block: BarChartBlock): string[] {
  useFont(frame.doc, 'bold', TYPE.h3.size - 1, COLOURS.text);
  return wrap(frame.doc, block.title, frame.box.textWidth);
}

function axisLines(frame: Frame, block: BarChartBlock): string[] {
  useFont(frame.doc, 'normal', size, COLOURS.muted);
  return wrap(frame.doc, block.axisLabel, frame.box.textWidth * (1 - LABEL_SHARE));
}

/** The ticks' values and the axis words under the bars. */
function axisHeight(frame: Frame, block: BarChartBlock): number {
  return TICKS_HEIGHT + axisLines(frame, block).length * leading + 6;
}

/** Height of the whole chart: a chart moves to the next page rather than split, when it can. */
export function chartHeight(frame: Frame, block: BarChartBlock): number {
  const labelWidth = frame.box.textWidth * LABEL_SHARE;
  return titleLines(frame, block).length * TYPE.h3.leading + TITLE_GAP + rows(frame, block, labelWidth).reduce((sum, row) => sum + row.height, 0) + axisHeight(frame, block);
}

type Scale = (value: number) => number;

/** Grid lines behind one row, drawn before its bar so the bar covers them. */
function drawGridLines(frame: Frame, block: BarChartBlock, x0: number, width: number, top: number, bottom: number, scale: Scale): void {
  stroke(frame.doc, COLOURS.rule, 0.4);
  for (const tick of block.ticks) frame.doc.line(x0 + scale(tick.value) * width, top, x0 + scale(tick.value) * width, bottom);
}

function drawAxis(frame: Frame, block: BarChartBlock, x0: number, width: number, bottom: number, scale: Scale): void {
  const { doc } = frame;
  useFont(doc, 'normal', size - 1, COLOURS.muted);
  for (const tick of block.ticks) drawLines(doc, [tick.label], x0 + scale(tick.value) * width, bottom + 1, size - 1, leading - 1, 'center');
  useFont(doc, 'normal', size, COLOURS.muted);
  drawLines(doc, axisLines(frame, block), x0, bottom + TICKS_HEIGHT, size, leading);
}

/** A horizontal bar chart drawn with vector rectangles and lines, never an image. */
export function renderBarChart(frame: Frame, block: BarChartBlock): void {
  const { doc, box } = frame;
  const labelWidth = box.textWidth * LABEL_SHARE;
  useFont(doc, 'normal', size, COLOURS.text);
  const valueWidth = Math.max(24, ...block.bars.map((bar) => doc.getTextWidth(bar.display))) + 8;
  const x0 = box.left + labelWidth;
  const width = box.textWidth - labelWidth - valueWidth;
  const span = block.max - block.min || 1;
  const scale = (v: number) => Math.min(1, Math.max(0, (v - block.min) / span));
  const laidOut = rows(frame, block, labelWidth);
  const whole = chartHeight(frame, block);
  const axis = axisHeight(frame, block);
  ensureSpace(frame, Math.min(whole, box.bottom - box.top));
  const title = titleLines(frame, block);
  useFont(doc, 'bold', TYPE.h3.size - 1, COLOURS.text);
  drawLines(doc, title, box.left, frame.y, TYPE.h3.size - 1, TYPE.h3.leading);
  frame.y += title.length * TYPE.h3.leading + TITLE_GAP;
  block.bars.forEach((bar, i) => {
    const row = laidOut[i] ?? { lines: [], height: BAR_HEIGHT + ROW_GAP };
    if (row.height + axis > spaceLeft(frame)) {
      drawAxis(frame, block, x0, width, frame.y, scale);
      newPage(frame);
    }
    drawGridLines(frame, block, x0, width, frame.y, frame.y + row.height, scale);
    useFont(doc, 'normal', size, COLOURS.text);
    drawLines(doc, row.lines, box.left, frame.y, size, leading);
    const barTop = frame.y + (Math.max(row.lines.length * leading, BAR_HEIGHT + 3) - BAR_HEIGHT) / 2;
    const length = Math.max(scale(bar.value) * width, 0.8);
    if (bar.banded) {
      fill(doc, COLOURS.heatLow);
      stroke(doc, COLOURS.bar, 0.6);
      doc.setLineDashPattern([2, 1.5], 0);
      doc.rect(x0, barTop, length, BAR_HEIGHT, 'FD');
      doc.setLineDashPattern([], 0);
    } else {
      fill(doc, COLOURS.bar);
      doc.rect(x0, barTop, length, BAR_HEIGHT, 'F');
    }
    useFont(doc, 'normal', size, COLOURS.text);
    drawLines(doc, [bar.display], x0 + length + 4, barTop - (leading - BAR_HEIGHT) / 2, size, leading);
    frame.y += row.height;
  });
  drawAxis(frame, block, x0, width, frame.y, scale);
  frame.y += axis + 4;
}
