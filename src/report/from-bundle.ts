import { analysisInputFromBundle, analyzeAudit, type AuditBundle } from '../domain/runtime';
import type { Language } from '../i18n';
import type { ReportInput } from './report-input';

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
