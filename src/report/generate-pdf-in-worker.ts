import type { PdfProgress } from './make-plan-pdf';
import type { PdfRequest, PdfResponse } from './pdf-messages';
import type { ReportInput } from './report-input';

/**
 * Makes the printed action plan in a Web Worker and resolves with the PDF. The page only
 * receives progress messages, so it stays free; name the download with
 * `planFileName(input.audit.locality, input.generatedOn, input.language)`.
 */
export function generatePdfInWorker(input: ReportInput, onProgress?: (progress: PdfProgress) => void): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<PdfResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress?.({ stage: message.stage, done: message.done, total: message.total });
      } else if (message.type === 'done') {
        finish();
        resolve(new Blob([message.bytes], { type: 'application/pdf' }));
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'PDF worker failed'));
    };
    const request: PdfRequest = { type: 'generate', input };
    worker.postMessage(request);
  });
}
