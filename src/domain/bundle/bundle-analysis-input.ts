import type { AnalysisInput } from '../analysis/findings';
import type { Answer } from '../answers/answer';
import { inCreationOrder, inOrderOfUse } from '../analysis/input-order';
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
  // In the order the device's own analysis uses (storage/repositories/analysis-input.ts).
  const respondents = inCreationOrder(bundle.respondents);
  return { templates: inOrderOfUse(bundle.templates, bundle.audit.templateKey, respondents), respondents, answers, overrides: bundle.plan?.overrides ?? [] };
}
