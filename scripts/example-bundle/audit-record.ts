import type { BundleAudit } from '../../src/domain';
import { AUDIT_CREATED_AT, PLAN_UPDATED_AT } from './clock';
import { seededUuid } from './seeded-ids';

/**
 * Riverbend is fictional: a mid-size Canadian city with farm townships to the south, a
 * highway corridor to the east and a regional bus terminal downtown. The report is in
 * English; every template is also in French, so switching `language` to "fr" works.
 */
export function exampleAudit(templateKey: string): BundleAudit {
  return {
    id: seededUuid('audit/riverbend-2026'),
    locality: 'Riverbend',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    leadOrganisation: 'City of Riverbend – Community Safety Office',
    language: 'en',
    templateKey,
    status: 'active',
    createdAt: AUDIT_CREATED_AT,
    updatedAt: PLAN_UPDATED_AT,
  };
}
