// What analysis takes: templates, respondents, their answers, the plan's overrides, and
// a few tunables. Kept apart from findings.ts, the result.
import type { Answers } from '../answers/answer';
import type { PriorityOverride } from '../plan/action-plan-schema';
import type { Template } from '../template/template-schema';
import type { RespondentType } from './findings';

/** Tunables; every one has a documented default (see analyze-audit.ts). */
export interface AnalysisOptions {
  /** Counts from 1 to threshold - 1 are banded. Default 5. */
  smallCountThreshold?: number;
  /** Concern (0..1) at or above which a group no activity reaches is a gap. Default 0.6. */
  uncoveredConcern?: number;
  /** Mean "how well addressed" (0..1) below which a framework element is weak. Default 0.4. */
  weakElement?: number;
  /** Support at which evidence is full. Default 3. */
  evidenceTarget?: number;
  /** Capacity (0..1) when no capacity item was answered. Default 0.5. */
  defaultCapacity?: number;
  /** Name similarity (0..1) at or above which register entries are flagged as possible duplicates. Default 0.8. */
  duplicateSimilarity?: number;
}

/** A respondent as analysis needs it (a subset of BundleRespondent and the stored respondent). */
export interface AnalysisRespondent {
  id: string;
  /** Anonymous code; never copied into findings. */
  code: string;
  type: RespondentType;
  /** "id@version" of the template they answered. */
  templateKey: string;
  /** Sections left out for this respondent: their answers are ignored. */
  excludedSections: readonly string[];
  /** People in a workshop group: its tallies and consensus answers count that many people. */
  participants?: number;
  /**
   * Set on a person who answered on their own within a workshop session (a private round or
   * a paper form): one of the session's people, so neither a group nor someone more.
   */
  session?: { id: string; role: 'group' | 'participant' };
}

export interface AnalysisInput {
  /** Every template the respondents used, matched by "id@version". */
  templates: readonly Template[];
  respondents: readonly AnalysisRespondent[];
  /** Answers by respondent id. */
  answers: ReadonlyMap<string, Answers>;
  /** The plan's overrides (ActionPlan.overrides). */
  overrides?: readonly PriorityOverride[];
}
