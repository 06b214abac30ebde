import type { Answer } from '../../domain/runtime';
import type { AuditDatabase } from '../database';
import type { AuditRecord, RespondentRecord, TemplateRecord } from '../records';
import { answerRecordsOf } from './answer-records';

export interface RunnerData {
  audit: AuditRecord;
  respondent: RespondentRecord;
  template: TemplateRecord;
  answers: Map<string, Answer>;
}

/** Everything a questionnaire needs to open, read in one transaction; null if anything is missing. */
export async function loadRunnerData(db: AuditDatabase, auditId: string, respondentId: string): Promise<RunnerData | null> {
  return db.transaction('r', [db.audits, db.respondents, db.templates, db.answers], async () => {
    const [audit, respondent, records] = await Promise.all([
      db.audits.get(auditId),
      db.respondents.get(respondentId),
      answerRecordsOf(db, respondentId),
    ]);
    if (!audit || !respondent || respondent.auditId !== auditId) return null;
    const template = await db.templates.get(respondent.templateKey);
    if (!template) return null;
    return { audit, respondent, template, answers: new Map(records.map((r) => [r.key, r.answer])) };
  });
}
