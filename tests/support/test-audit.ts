import type { Template } from '../../src/domain/runtime';
import type { AuditDatabase } from '../../src/storage/database';
import { createAudit } from '../../src/storage/repositories/audits-repo';
import { addRespondent } from '../../src/storage/repositories/respondents-repo';
import { fakeClock } from './test-db';

/** An audit of locality "L" with one interview respondent answering `template`. */
export async function auditWithRespondent(db: AuditDatabase, template: Template, clock = fakeClock()) {
  const auditId = await createAudit(db, { locality: 'L', leadOrganisation: 'O', language: 'en' }, template, clock);
  const respondentId = await addRespondent(db, { auditId, type: 'interview' }, template, clock);
  return { clock, auditId, respondentId };
}
