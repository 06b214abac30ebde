import type { BulletsBlock, HeadingBlock, KeyValueBlock, ParagraphBlock } from '../document-model';
import { drawLines, ensureSpace, newPage, spaceLeft, useFont, wrap, type Frame } from './pdf-frame';
import { COLOURS, TYPE } from './pdf-theme';
import { gridHeight, gridStartHeight, renderGrid, type GridSpec } from './render-grid';

const HEADING_TYPE = { 1: TYPE.h1, 2: TYPE.h2, 3: TYPE.h3 } as const;
const SPACE_BEFORE = { 1: 0, 2: 12, 3: 8 } as const;
const PARAGRAPH_GAP = 6;

function headingLines(frame: Frame, block: HeadingBlock): string[] {
  const type = HEADING_TYPE[block.level];
  useFont(frame.doc, 'bold', type.size, COLOURS.accent);
  return wrap(frame.doc, block.text, frame.box.textWidth);
}

/** Height of a heading with its spacing, for keeping it with what follows. */
export function headingHeight(frame: Frame, block: HeadingBlock): number {
  return SPACE_BEFORE[block.level] + headingLines(frame, block).length * HEADING_TYPE[block.level].leading + 6;
}

/**
 * Draws a heading; `keep` is the height of the start of the next block, which must fit on
 * the same page, so a heading never ends a page alone. Level 1 starts a page.
 */
export function renderHeading(frame: Frame, block: HeadingBlock, keep: number): void {
  if (block.level === 1 && frame.y > frame.box.top) newPage(frame);
  const type = HEADING_TYPE[block.level];
  ensureSpace(frame, headingHeight(frame, block) + keep);
  if (frame.y > frame.box.top) frame.y += SPACE_BEFORE[block.level];
  const lines = headingLines(frame, block);
  drawLines(frame.doc, lines, frame.box.left, frame.y, type.size, type.leading);
  frame.y += lines.length * type.leading;
  if (block.level === 1) {
    frame.doc.setDrawColor(...COLOURS.accent);
    frame.doc.setLineWidth(1);
    frame.doc.line(frame.box.left, frame.y + 2, frame.box.right, frame.y + 2);
    frame.y += 10;
  } else {
    frame.y += 4;
  }
}

function paragraphType(block: ParagraphBlock) {
  return block.style === 'note' ? TYPE.note : TYPE.body;
}

function drawFlowing(frame: Frame, lines: readonly string[], x: number, size: number, leading: number): void {
  // At least two lines of a paragraph together at the foot of a page.
  ensureSpace(frame, Math.min(lines.length, 2) * leading);
  for (const line of lines) {
    if (spaceLeft(frame) < leading) newPage(frame);
    drawLines(frame.doc, [line], x, frame.y, size, leading);
    frame.y += leading;
  }
}

export function paragraphLines(frame: Frame, block: ParagraphBlock): string[] {
  useFont(frame.doc, 'normal', paragraphType(block).size, block.style === 'note' ? COLOURS.muted : COLOURS.text);
  return wrap(frame.doc, block.text, frame.box.textWidth);
}

export function renderParagraph(frame: Frame, block: ParagraphBlock): void {
  const type = paragraphType(block);
  drawFlowing(frame, paragraphLines(frame, block), frame.box.left, type.size, type.leading);
  frame.y += PARAGRAPH_GAP;
}

export function renderBullets(frame: Frame, block: BulletsBlock): void {
  const { size, leading } = TYPE.body;
  const indent = block.numbered ? 18 : 14;
  block.items.forEach((item, i) => {
    useFont(frame.doc, 'normal', size, COLOURS.text);
    const lines = wrap(frame.doc, item, frame.box.textWidth - indent);
    ensureSpace(frame, Math.min(lines.length, 2) * leading);
    if (block.numbered) drawLines(frame.doc, [`${i + 1}.`], frame.box.left + indent - 5, frame.y, size, leading, 'right');
    else drawLines(frame.doc, ['•'], frame.box.left + 3, frame.y, size, leading);
    drawFlowing(frame, lines, frame.box.left + indent, size, leading);
    frame.y += 2;
  });
  frame.y += PARAGRAPH_GAP - 2;
}

function keyValueSpec(frame: Frame, block: KeyValueBlock): GridSpec {
  const labelWidth = Math.round(frame.box.textWidth * 0.34);
  return {
    widths: [labelWidth, frame.box.textWidth - labelWidth],
    rows: block.rows.map((row) => [{ text: row.label, bold: true, colour: COLOURS.accent }, { text: row.value }]),
    repeatHeader: false,
    zebra: false,
    size: TYPE.body.size - 0.5,
    leading: TYPE.body.leading - 1,
  };
}

export function keyValueStartHeight(frame: Frame, block: KeyValueBlock): number {
  return gridStartHeight(frame, keyValueSpec(frame, block));
}

/** All of a key-value list and the space after it. */
export function keyValueHeight(frame: Frame, block: KeyValueBlock): number {
  return gridHeight(frame, keyValueSpec(frame, block)) + PARAGRAPH_GAP + 4;
}

export function renderKeyValue(frame: Frame, block: KeyValueBlock): void {
  renderGrid(frame, keyValueSpec(frame, block));
  frame.y += PARAGRAPH_GAP + 4;
}
