import { buildDocument } from './build-document';
import type { LoadFonts } from './font-files';
import { renderPdf, type RenderProgress } from './pdf/render-pdf';
import type { Paper } from './pdf/pdf-theme';
import type { ReportInput } from './report-input';

export type PdfStage = 'model' | RenderProgress['stage'];

export interface PdfProgress {
  stage: PdfStage;
  done: number;
  total: number;
}

export interface PlanPdf {
  /** action-plan-<locality>-<date>.pdf */
  fileName: string;
  bytes: Uint8Array;
}

/** From findings and plan to PDF bytes: the one path the worker, the command line and the tests share. */
export async function makePlanPdf(input: ReportInput, loadFonts: LoadFonts, onProgress?: (progress: PdfProgress) => void, paper?: Paper): Promise<PlanPdf> {
  onProgress?.({ stage: 'model', done: 0, total: 1 });
  const model = buildDocument(input);
  onProgress?.({ stage: 'model', done: 1, total: 1 });
  const bytes = await renderPdf(model, loadFonts, { paper, onProgress });
  return { fileName: model.fileName, bytes };
}
