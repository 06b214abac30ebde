import { v, withOther, type AnswerRecord } from './answer-helpers';

export interface AboutSpec {
  role: string;
  roleOther?: string;
  /** An option id of `partner-types` (the respondent's own kind of organisation). */
  organisationType: string;
  organisationTypeOther?: string;
  years: number;
  community: string;
  mode: string;
  date: string;
  /** Most partners answered for the audit period; a few chose a standard period instead. */
  period?: 'audit-period' | 'last-12-months' | 'last-2-years';
}

/** The "About this interview" section of the full diagnostic. */
export function aboutAnswers(spec: AboutSpec): AnswerRecord {
  const audit = (spec.period ?? 'audit-period') === 'audit-period';
  return {
    'consent-notice': v(true),
    'respondent-role': spec.roleOther ? withOther('other', spec.roleOther) : v(spec.role),
    'respondent-organization-type': spec.organisationTypeOther ? withOther('other', spec.organisationTypeOther) : v(spec.organisationType),
    'respondent-years': v(spec.years),
    'community-type': v(spec.community),
    'completion-mode': v(spec.mode),
    'interview-date': v(spec.date),
    'period-covered': v(audit ? 'custom-period' : (spec.period ?? 'custom-period')),
    ...(audit ? { 'period-start': v('2026-01-01'), 'period-end': v('2026-06-30') } : {}),
  };
}
