import type { AnalysisInput } from '../analysis/findings';
import type { Answer } from '../answers/answer';
import type { AuditBundle } from './parse-bundle';

/** The analysis input an audit file holds: its templates, respondents, answers by respondent, and the plan's overrides. */
export function analysisInputFromBundle(bundle: AuditBundle): AnalysisInput {
  const answers = new Map<string, Map<string, Answer>>();
  for (const { respondentId, key, answer, cleared } of bundle.answers) {
    if (cleared) continue;
    let own = answers.get(respondentId);
    if (!own) answers.set(respondentId, (own = new Map()));
    own.set(key, answer);
  }
  return { templates: bundle.templates, respondents: bundle.respondents, answers, overrides: bundle.plan?.overrides ?? [] };
}
