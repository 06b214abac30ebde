// Lays out the blank questionnaire off the main thread with the report's renderer and fonts,
// so the paper screen stays responsive while jsPDF embeds the font.
import { makeBlankQuestionnairePdf } from '../../../report/blank-questionnaire';
import { loadBrowserFonts } from '../../../report/browser-fonts';
import type { BlankPdfRequest, BlankPdfResponse } from './blank-pdf-messages';

/** The part of the worker's global scope used here (the app's TypeScript lib is DOM). */
interface Scope {
  onmessage: ((event: MessageEvent<BlankPdfRequest>) => void) | null;
  postMessage(message: BlankPdfResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as Scope;

scope.onmessage = (event) => {
  makeBlankQuestionnairePdf(event.data.input, loadBrowserFonts).then(
    ({ fileName, bytes }) => {
      const buffer = bytes.slice().buffer;
      scope.postMessage({ type: 'done', fileName, bytes: buffer }, [buffer]);
    },
    (error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
