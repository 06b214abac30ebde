import type { PdfProgress } from './make-plan-pdf';
import type { ReportInput } from './report-input';

/** What the page sends the PDF worker. */
export interface PdfRequest {
  type: 'generate';
  input: ReportInput;
}

/** What the worker answers: progress as it goes, then the file or an error. */
export type PdfResponse =
  | ({ type: 'progress' } & PdfProgress)
  | { type: 'done'; fileName: string; bytes: ArrayBuffer }
  | { type: 'error'; message: string };
