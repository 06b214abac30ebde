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
    const [answered, overrides] = await Promise.all([loadAnswersForAnalysis(db, auditId, audit.templateKey), loadOverrides(db, auditId)]);
    return answered && { audit, main: answered.main, input: { ...answered.input, overrides } };
  });
}

/**
 * Reads, cheaply, the ranges an analysis of the audit depends on (its respondents, its
 * answers by audit): a live query of this runs again whenever one of them changes.
 */
export async function watchAnalysisInput(db: AuditDatabase, auditId: string): Promise<void> {
  await Promise.all([db.respondents.where('auditId').equals(auditId).count(), db.answers.where('auditId').equals(auditId).count()]);
}

/** The changes of priority recorded in the audit's plan (none without a plan). */
export async function loadOverrides(db: AuditDatabase, auditId: string): Promise<AnalysisInput['overrides']> {
  const plan = await db.plans.get(auditId);
  return (plan?.plan as { overrides?: AnalysisInput['overrides'] } | undefined)?.overrides ?? [];
}

/**
 * The templates, respondents and answers of an audit whose main template is `mainKey`, with
 * no overrides: reading neither the audit's record nor its plan, a live query of this is not
 * run again for a plan edit (which touches both). Null when the main template is missing.
 */
export async function loadAnswersForAnalysis(db: AuditDatabase, auditId: string, mainKey: string): Promise<Omit<AuditAnalysisData, 'audit'> | null> {
  return db.transaction('r', [db.respondents, db.answers, db.templates], async () => {
    const unordered = await db.respondents.where('auditId').equals(auditId).toArray();
    // The order a file of this audit gives the command line (domain/bundle/bundle-analysis-input.ts).
    const respondents = inCreationOrder(unordered);
    // By respondent, along the primary key (answerRecordsOf): much faster than the auditId index.
    const records = await answerRecordsOfAll(db, respondents.map((r) => r.id));
    const keys = [...new Set([mainKey, ...respondents.map((r) => r.templateKey)])];
    const templates = inOrderOfUse((await db.templates.bulkGet(keys)).flatMap((t) => (t ? [t.template] : [])), mainKey, respondents);
    const main = templates.find((t) => `${t.id}@${t.version}` === mainKey);
    if (!main) return null;
    const answers = new Map<string, Map<string, Answer>>();
    for (const r of records) {
      const own = answers.get(r.respondentId) ?? new Map<string, Answer>();
      own.set(r.key, r.answer);
      answers.set(r.respondentId, own);
    }
    return {
      main,
      input: {
        templates,
        respondents: respondents.map((r) => ({ id: r.id, code: r.code, type: r.type, templateKey: r.templateKey, excludedSections: r.excludedSections, participants: r.participants, ...(r.session ? { session: { id: r.session.id, role: r.session.role } } : {}) })),
        answers,
        overrides: [],
      },
    };
  });
}
