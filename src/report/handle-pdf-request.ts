import type { LoadFonts } from './font-files';
import { makePlanPdf } from './make-plan-pdf';
import type { PdfRequest, PdfResponse } from './pdf-messages';

export type Post = (response: PdfResponse, transfer?: Transferable[]) => void;

/** Layout reports progress per block; a few dozen messages are plenty for a progress bar. */
const PROGRESS_STEPS = 40;

/** The worker's whole job, kept apart from the worker globals so it runs (and is tested) in Node too. */
export async function handlePdfRequest(request: PdfRequest, post: Post, loadFonts: LoadFonts): Promise<void> {
  try {
    let last = -1;
    const result = await makePlanPdf(request.input, loadFonts, (progress) => {
      const step = Math.floor((progress.done / Math.max(1, progress.total)) * PROGRESS_STEPS);
      if (progress.stage === 'layout' && step === last && progress.done !== progress.total) return;
      last = progress.stage === 'layout' ? step : -1;
      post({ type: 'progress', ...progress });
    });
    // A copy that owns exactly its bytes, handed over without another copy.
    const buffer = result.bytes.slice().buffer;
    post({ type: 'done', fileName: result.fileName, bytes: buffer }, [buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
