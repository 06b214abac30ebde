import type { BlankQuestionnaireInput } from '../../../report/blank-questionnaire';

/** What the page asks the blank-questionnaire worker, and what it answers. */
export interface BlankPdfRequest {
  input: BlankQuestionnaireInput;
}

export type BlankPdfResponse = { type: 'done'; fileName: string; bytes: ArrayBuffer } | { type: 'error'; message: string };
