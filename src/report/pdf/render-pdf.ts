import { jsPDF } from 'jspdf';
import { contentsOf, type DocumentModel } from '../document-model';
import type { LoadFonts } from '../font-files';
import { registerFonts } from './pdf-fonts';
import { newPage, type Frame } from './pdf-frame';
import { pageBox, type Paper } from './pdf-theme';
import { renderBlock } from './render-blocks';
import { contentsPageCount, renderContents } from './render-contents';
import { renderCover } from './render-cover';
import { renderFurniture } from './render-furniture';
import { fileIdOf, pdfDate } from './pdf-identity';

export interface RenderProgress {
  stage: 'fonts' | 'layout' | 'finishing';
  done: number;
  total: number;
}

export interface RenderOptions {
  paper?: Paper;
  onProgress?: (progress: RenderProgress) => void;
}

/**
 * Draws the document model with jsPDF: cover, contents (filled in once the pages of the
 * headings are known), the blocks, then the running header and page numbers. The same
 * model and date give the same bytes.
 */
export async function renderPdf(model: DocumentModel, loadFonts: LoadFonts, options: RenderOptions = {}): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => undefined);
  const total = model.blocks.length;
  progress({ stage: 'fonts', done: 0, total });
  const fonts = await loadFonts();
  const paper = options.paper ?? 'letter';
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, fonts);
  doc.setCreationDate(pdfDate(model.generatedOn));
  doc.setFileId(fileIdOf(model));
  doc.setDocumentProperties({ title: `${model.title} — ${model.headerRight}`, subject: model.cover.subtitle, creator: 'Local Safety Audit' });
  doc.setLanguage(model.language === 'fr' ? 'fr-CA' : 'en-CA');
  const box = pageBox(paper);
  const frame: Frame = { doc, box, y: box.top };
  renderCover(frame, model.cover);
  const entries = contentsOf(model.blocks);
  const contentsPages = contentsPageCount(doc, box, entries);
  for (let i = 0; i < contentsPages; i++) newPage(frame);
  // The last contents page counts as full: the body starts on a page of its own.
  frame.y = box.bottom;
  const pageOfBlock = new Map<number, number>();
  model.blocks.forEach((block, index) => {
    renderBlock(frame, model.blocks, index);
    if (block.kind === 'heading') pageOfBlock.set(index, doc.getCurrentPageInfo().pageNumber);
    progress({ stage: 'layout', done: index + 1, total });
  });
  progress({ stage: 'finishing', done: total, total });
  renderContents(frame, model, entries, 2, (entry) => pageOfBlock.get(entry.blockIndex) ?? 2);
  renderFurniture(frame, model);
  return new Uint8Array(doc.output('arraybuffer'));
}
