import type { Cover } from '../document-model';
import { drawLines, fill, stroke, useFont, wrap, type Frame } from './pdf-frame';
import { COLOURS, TYPE } from './pdf-theme';

/** Page 1: what this is, where, when, and from which template; no running header. */
export function renderCover(frame: Frame, cover: Cover): void {
  const { doc, box } = frame;
  fill(doc, COLOURS.accent);
  doc.rect(0, 0, box.width, 14, 'F');
  let y = 150;
  useFont(doc, 'normal', 11, COLOURS.muted);
  const subtitle = wrap(doc, cover.subtitle, box.textWidth);
  drawLines(doc, subtitle, box.left, y, 11, 15);
  y += subtitle.length * 15 + 10;
  useFont(doc, 'bold', 30, COLOURS.accent);
  const title = wrap(doc, cover.title, box.textWidth);
  drawLines(doc, title, box.left, y, 30, 36);
  y += title.length * 36 + 4;
  useFont(doc, 'normal', 22, COLOURS.text);
  const locality = wrap(doc, cover.locality, box.textWidth);
  drawLines(doc, locality, box.left, y, 22, 28);
  y += locality.length * 28 + 18;
  stroke(doc, COLOURS.accent, 1.5);
  doc.line(box.left, y, box.left + 120, y);
  y += 26;
  const labelWidth = box.textWidth * 0.34;
  for (const field of cover.fields) {
    useFont(doc, 'bold', TYPE.body.size, COLOURS.accent);
    const label = wrap(doc, field.label, labelWidth - 8);
    useFont(doc, 'normal', TYPE.body.size, COLOURS.text);
    const value = wrap(doc, field.value, box.textWidth - labelWidth);
    drawLines(doc, value, box.left + labelWidth, y, TYPE.body.size, TYPE.body.leading);
    useFont(doc, 'bold', TYPE.body.size, COLOURS.accent);
    drawLines(doc, label, box.left, y, TYPE.body.size, TYPE.body.leading);
    y += Math.max(label.length, value.length) * TYPE.body.leading + 8;
  }
  useFont(doc, 'normal', TYPE.note.size, COLOURS.muted);
  const notice = wrap(doc, cover.notice, box.textWidth - 24);
  const noticeHeight = notice.length * TYPE.note.leading + 20;
  const noticeTop = box.height - 72 - noticeHeight;
  stroke(doc, COLOURS.rule, 0.6);
  doc.rect(box.left, noticeTop, box.textWidth, noticeHeight, 'S');
  drawLines(doc, notice, box.left + 12, noticeTop + 10, TYPE.note.size, TYPE.note.leading);
  frame.y = box.bottom;
}
