import type { BlankQuestionnaireInput } from '../../../report/blank-questionnaire';
import type { BlankPdfRequest, BlankPdfResponse } from './blank-pdf-messages';

/** Makes the blank questionnaire in a Web Worker; resolves with the file and its name. */
export function makeBlankPdf(input: BlankQuestionnaireInput): Promise<{ fileName: string; blob: Blob }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./blank-pdf-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BlankPdfResponse>) => {
      worker.terminate();
      const message = event.data;
      if (message.type === 'done') resolve({ fileName: message.fileName, blob: new Blob([message.bytes], { type: 'application/pdf' }) });
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'Blank questionnaire worker failed'));
    };
    const request: BlankPdfRequest = { input };
    worker.postMessage(request);
  });
}

/** Hands a file to the browser's downloads. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
