import type { BundleAnswer, BundleRespondent } from '../../src/domain';
import type { AnswerRecord } from './answer-helpers';
import { SECONDS_PER_ANSWER } from './clock';
import { seededUuid } from './seeded-ids';
import type { TemplateName } from './templates';

/** One respondent of the example, as written by hand: who, with which template, and the answers. */
export interface RespondentSpec {
  /** Anonymous code in the app's own style (INT-01, DESK-01, WS-01): never a name. */
  code: string;
  type: BundleRespondent['type'];
  template: TemplateName;
  startedAt: number;
  participants?: number;
  completedSections: string[];
  excludedSections?: string[];
  answers: AnswerRecord;
}

export interface BuiltRespondent {
  respondent: BundleRespondent;
  answers: BundleAnswer[];
}

/**
 * The respondent and answers as the app would export them. Answers are saved one after
 * another from the start of the interview, so their times are spaced evenly.
 */
export function buildRespondent(spec: RespondentSpec, templateKey: string): BuiltRespondent {
  const id = seededUuid(`respondent/${spec.code}`);
  const answers = Object.entries(spec.answers).map(([key, answer], i): BundleAnswer => ({
    respondentId: id,
    key,
    answer,
    updatedAt: spec.startedAt + (i + 1) * SECONDS_PER_ANSWER * 1000,
  }));
  const lastAnswerAt = answers.at(-1)?.updatedAt ?? spec.startedAt;
  const respondent: BundleRespondent = {
    id,
    code: spec.code,
    type: spec.type,
    templateKey,
    excludedSections: spec.excludedSections ?? [],
    completedSections: spec.completedSections,
    ...(spec.participants !== undefined ? { participants: spec.participants } : {}),
    createdAt: spec.startedAt,
    // Marking sections complete at the end of the session is the last change.
    updatedAt: lastAnswerAt + 60_000,
  };
  return { respondent, answers };
}
