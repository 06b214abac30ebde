// The PDF is laid out here, off the main thread, so the page stays responsive while a
// long plan is made. jsPDF and the fonts load only in this worker.
import { loadBrowserFonts } from './browser-fonts';
import { handlePdfRequest } from './handle-pdf-request';
import type { PdfRequest, PdfResponse } from './pdf-messages';

/** The part of DedicatedWorkerGlobalScope used here (the app's TypeScript lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage(message: PdfResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handlePdfRequest(event.data, (response, transfer) => scope.postMessage(response, transfer ?? []), loadBrowserFonts);
};
