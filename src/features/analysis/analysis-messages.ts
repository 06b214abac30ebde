import type { AnalysisInput, Findings } from '../../domain/runtime';

/** What the page sends the analysis worker: one audit's input, with an id to match the answer. */
export interface AnalysisRequest {
  id: number;
  input: AnalysisInput;
}

/** What the worker answers: the findings, or why it could not make them. */
export type AnalysisResponse = { id: number; findings: Findings } | { id: number; error: string };
