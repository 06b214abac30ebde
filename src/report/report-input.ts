import type { ActionPlan, BundleAudit, Findings, Template } from '../domain/runtime';
import type { Language } from '../i18n';

/** What the report needs to know about the audit itself. */
export type ReportAudit = Pick<BundleAudit, 'locality' | 'periodStart' | 'periodEnd' | 'leadOrganisation' | 'templateKey'>;

/**
 * Everything one printed plan is made from. Plain data, so it crosses postMessage to the
 * PDF worker unchanged; `generatedOn` is passed in (never read from a clock) so the same
 * input always makes the same file.
 */
export interface ReportInput {
  audit: ReportAudit;
  /** Every template the respondents used; the audit's own template first is not required. */
  templates: readonly Template[];
  findings: Findings;
  plan?: ActionPlan;
  language: Language;
  /** YYYY-MM-DD */
  generatedOn: string;
}
