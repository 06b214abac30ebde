import type { DocumentModel } from '../document-model';
import { drawLines, stroke, useFont, type Frame } from './pdf-frame';
import { COLOURS, TYPE } from './pdf-theme';

/** Running header and "Page n of N" on every page but the cover. */
export function renderFurniture(frame: Frame, model: DocumentModel): void {
  const { doc, box } = frame;
  const total = doc.getNumberOfPages();
  const { size, leading } = TYPE.furniture;
  for (let page = 2; page <= total; page++) {
    doc.setPage(page);
    useFont(doc, 'normal', size, COLOURS.muted);
    const headerTop = box.top - 34;
    const rightWidth = doc.getTextWidth(model.headerRight);
    const leftRoom = box.textWidth - rightWidth - 16;
    const left = doc.getTextWidth(model.title) > leftRoom ? (doc.splitTextToSize(model.title, leftRoom) as string[])[0] ?? '' : model.title;
    drawLines(doc, [left], box.left, headerTop, size, leading);
    drawLines(doc, [model.headerRight], box.right, headerTop, size, leading, 'right');
    stroke(doc, COLOURS.rule, 0.5);
    doc.line(box.left, headerTop + leading + 3, box.right, headerTop + leading + 3);
    const label = model.pageLabel.replace('{{page}}', String(page)).replace('{{total}}', String(total));
    drawLines(doc, [label], box.right, box.bottom + 26, size, leading, 'right');
    drawLines(doc, [model.footerLeft], box.left, box.bottom + 26, size, leading);
  }
}
