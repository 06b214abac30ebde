import { inCreationOrder, inOrderOfUse, type AnalysisInput, type Answer, type Template } from '../../domain/runtime';
import type { AuditDatabase } from '../database';
import type { AuditRecord } from '../records';
import { answerRecordsOfAll } from './answer-records';

export interface AuditAnalysisData {
  audit: AuditRecord;
  input: AnalysisInput;
  /** The audit's main template. */
  main: Template;
}

/** What analysing an audit needs, read in one transaction (null when the audit is missing). */
export async function loadAnalysisData(db: AuditDatabase, auditId: string): Promise<AuditAnalysisData | null> {
  return db.transaction('r', [db.audits, db.respondents, db.answers, db.templates, db.plans], async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) return null;
    const [unordered, plan] = await Promise.all([db.respondents.where('auditId').equals(auditId).toArray(), db.plans.get(auditId)]);
    // The order a file of this audit gives the command line (domain/bundle/bundle-analysis-input.ts).
    const respondents = inCreationOrder(unordered);
    // By respondent, along the primary key (answerRecordsOf): much faster than the auditId index.
    const records = await answerRecordsOfAll(db, respondents.map((r) => r.id));
    const keys = [...new Set([audit.templateKey, ...respondents.map((r) => r.templateKey)])];
    const templates = inOrderOfUse((await db.templates.bulkGet(keys)).flatMap((t) => (t ? [t.template] : [])), audit.templateKey, respondents);
    const main = templates.find((t) => `${t.id}@${t.version}` === audit.templateKey);
    if (!main) return null;
    const answers = new Map<string, Map<string, Answer>>();
    for (const r of records) {
      const own = answers.get(r.respondentId) ?? new Map<string, Answer>();
      own.set(r.key, r.answer);
      answers.set(r.respondentId, own);
    }
    const overrides = (plan?.plan as { overrides?: AnalysisInput['overrides'] } | undefined)?.overrides ?? [];
    return {
      audit,
      main,
      input: {
        templates,
        respondents: respondents.map((r) => ({ id: r.id, code: r.code, type: r.type, templateKey: r.templateKey, excludedSections: r.excludedSections, participants: r.participants, ...(r.session ? { session: { id: r.session.id, role: r.session.role } } : {}) })),
        answers,
        overrides,
      },
    };
  });
}
