// The report's contract for screens: make the PDF in a worker, name the file, and share
// the chart series with the analysis screen. Everything heavy (jsPDF, fonts) stays behind
// the worker, so importing this file costs the first bundle almost nothing.
export { generatePdfInWorker } from './generate-pdf-in-worker';
export type { PdfProgress, PdfStage } from './make-plan-pdf';
export type { ReportAudit, ReportInput } from './report-input';
export { planFileName, slugify } from './file-name';
export * from './chart-series';
