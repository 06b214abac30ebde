import { analyzeAudit, type Answer, type AnalysisInput, type AuditBundle } from '../domain/runtime';
import type { Language } from '../i18n';
import type { ReportInput } from './report-input';

/** The analysis input an audit file holds: its templates, respondents, answers by respondent, and the plan's overrides. */
export function analysisInputFromBundle(bundle: AuditBundle): AnalysisInput {
  const answers = new Map<string, Map<string, Answer>>();
  for (const { respondentId, key, answer } of bundle.answers) {
    let own = answers.get(respondentId);
    if (!own) answers.set(respondentId, (own = new Map()));
    own.set(key, answer);
  }
  return { templates: bundle.templates, respondents: bundle.respondents, answers, overrides: bundle.plan?.overrides ?? [] };
}

/** Everything the printed plan needs from an audit file, analysed by the same engine as the screen. */
export function reportInputFromBundle(bundle: AuditBundle, language: Language, generatedOn: string): ReportInput {
  const { audit, templates, plan } = bundle;
  return {
    audit: { locality: audit.locality, periodStart: audit.periodStart, periodEnd: audit.periodEnd, leadOrganisation: audit.leadOrganisation, templateKey: audit.templateKey },
    templates,
    findings: analyzeAudit(analysisInputFromBundle(bundle)),
    ...(plan ? { plan } : {}),
    language,
    generatedOn,
  };
}
