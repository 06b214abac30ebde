import type { AuditBundle } from '../../domain';
import { computeProgress, type ActionPlan, type Answer } from '../../domain/runtime';
import type { AuditDatabase } from '../database';
import { newId, systemClock, type Clock } from '../ids';
import { templateKey, type AnswerRecord, type RemovedRespondent, type RespondentRecord } from '../records';
import { answerRecordsOf } from './answer-records';
import { entriesKnown, isListKey, mergeListRecords } from './list-merge';
import { samePlanContent } from './plans-repo';

export type ImportMode = 'merge' | 'copy';

export interface ImportSummary {
  auditId: string;
  respondentsAdded: number;
  answersAdded: number;
  answersUpdated: number;
  /** Answers already here that are newer than the file's: kept. */
  answersKept: number;
  /** Codes of respondents here that the file says were removed (after their last change here): removed with their answers. */
  respondentsRemoved: string[];
  planTaken: boolean;
  /** The file's plan, more recent, replaced a plan here that said something else (a plan is taken whole). */
  planReplaced: boolean;
  /** The plan here, more recent, was kept instead of the file's, which said something else. */
  planKept: boolean;
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; reason: 'template-conflict'; templateKey: string };

const summaryOf = (auditId: string): ImportSummary => ({ auditId, respondentsAdded: 0, answersAdded: 0, answersUpdated: 0, answersKept: 0, respondentsRemoved: [], planTaken: false, planReplaced: false, planKept: false });

/**
 * Brings an audit file onto this device. "merge" joins it with the same audit already here
 * (respondents by id; per answer, the most recent change wins, as between two tabs, and a
 * list both sides added entries to keeps both sides' entries: list-merge.ts);
 * "copy" adds it as a new audit with new ids. A template version that exists here with
 * different content refuses the whole import: nothing is changed.
 */
export async function importAuditBundle(db: AuditDatabase, bundle: AuditBundle, mode: ImportMode, clock: Clock = systemClock): Promise<ImportResult> {
  return db.transaction('rw', [db.audits, db.respondents, db.answers, db.templates, db.plans], async () => {
    const keys = bundle.templates.map((t) => templateKey(t.id, t.version));
    const existing = await db.templates.bulkGet(keys);
    // Check every template before writing anything: a refused file changes nothing.
    for (const [i, record] of existing.entries()) {
      if (record && JSON.stringify(record.template) !== JSON.stringify(bundle.templates[i])) return { ok: false as const, reason: 'template-conflict' as const, templateKey: keys[i] as string };
    }
    for (const [i, template] of bundle.templates.entries()) {
      if (!existing[i]) await db.templates.add({ key: keys[i] as string, templateId: template.id, version: template.version, kind: template.kind, template, source: 'imported', storedAt: clock() });
    }
    const auditId = mode === 'copy' ? newId() : bundle.audit.id;
    const summary = summaryOf(auditId);
    const ids = new Map(bundle.respondents.map((r) => [r.id, mode === 'copy' ? newId() : r.id]));
    const main = bundle.templates.find((t) => templateKey(t.id, t.version) === bundle.audit.templateKey);
    const here = await db.audits.get(auditId);
    // Opening the file of an audit in the trash brings it back: the person asked for it.
    if (!here || here.updatedAt < bundle.audit.updatedAt) {
      // Removals are merged below (mergeRemovals), never taken whole from the file.
      await db.audits.put({ ...bundle.audit, id: auditId, templateTitle: main?.title ?? { en: bundle.audit.templateKey }, deletedAt: 0, removedRespondents: here?.removedRespondents ?? [] });
    } else if (here.deletedAt) {
      await db.audits.update(auditId, { deletedAt: 0 });
    }
    // A respondent removed on either side after its last change stays removed (merge only:
    // a copy has new ids and the file holds no removed respondent).
    const removed = mode === 'merge' ? await mergeRemovals(db, auditId, here?.removedRespondents, bundle.audit.removedRespondents, summary.respondentsRemoved) : new Map<string, number>();
    const gone = new Set(bundle.respondents.filter((r) => (removed.get(r.id) ?? -1) >= r.updatedAt).map((r) => r.id));
    for (const r of bundle.respondents) {
      if (gone.has(r.id)) continue;
      const id = ids.get(r.id) as string;
      const existing = await db.respondents.get(id);
      const title = bundle.templates.find((t) => templateKey(t.id, t.version) === r.templateKey)?.title ?? { en: r.templateKey };
      if (!existing) summary.respondentsAdded++;
      if (!existing || existing.updatedAt < r.updatedAt) {
        // The link to a workshop session follows the session's id (new in a copy); one to a
        // respondent the file does not hold is dropped.
        const sessionId = r.session && ids.get(r.session.id);
        const record: RespondentRecord = {
          ...r, id, auditId, templateTitle: title,
          session: r.session && sessionId ? { ...r.session, id: sessionId } : undefined,
          completedSections: [...new Set([...(existing?.completedSections ?? []), ...r.completedSections])],
          progress: existing?.progress ?? { answered: 0, total: 0, sections: {} },
        };
        await db.respondents.put(record);
      }
    }
    const incoming = bundle.answers.filter((a) => !gone.has(a.respondentId)).map((a): AnswerRecord => ({ ...a, respondentId: ids.get(a.respondentId) as string, auditId }));
    const stored = await db.answers.bulkGet(incoming.map((a) => [a.respondentId, a.key] as [string, string]));
    const puts: AnswerRecord[] = [];
    // Per answer, the latest change wins; a clearing is a change too (answers-repo.ts).
    const same = (x: AnswerRecord, y: AnswerRecord) => Boolean(x.cleared) === Boolean(y.cleared) && JSON.stringify(x.answer) === JSON.stringify(y.answer);
    // A list both sides changed keeps the entries each added (list-merge.ts).
    const lists = await listMerger(db, bundle, ids, incoming);
    for (const [i, a] of incoming.entries()) {
      const current = stored[i];
      if (!current) {
        summary.answersAdded += a.cleared ? 0 : 1;
        puts.push(a);
        continue;
      }
      const fileNewer = current.updatedAt < a.updatedAt;
      const merged = fileNewer ? await lists.merge(a, current, 'file') : await lists.merge(current, a, 'here');
      if (fileNewer) summary.answersUpdated += same(current, merged ?? a) ? 0 : 1;
      else if (merged) summary.answersUpdated += 1;
      else summary.answersKept += same(current, a) ? 0 : 1;
      if (fileNewer || merged) puts.push(merged ?? a);
    }
    await db.answers.bulkPut(puts);
    await refreshProgress(db, bundle, [...ids.values()]);
    if (bundle.plan) {
      const plan = await db.plans.get(auditId);
      const differs = plan !== undefined && !samePlanContent(plan.plan as ActionPlan, bundle.plan);
      if (!plan || plan.updatedAt < bundle.plan.updatedAt) {
        await db.plans.put({ auditId, plan: bundle.plan, updatedAt: bundle.plan.updatedAt });
        summary.planTaken = true;
        summary.planReplaced = differs;
      } else summary.planKept = differs;
    }
    return { ok: true as const, summary };
  });
}

/** Merges the lists two sides changed, reading this side's records of a respondent only when one of its lists needs it. */
async function listMerger(db: AuditDatabase, bundle: AuditBundle, ids: ReadonlyMap<string, string>, incoming: readonly AnswerRecord[]) {
  const templates = new Map(bundle.templates.map((t) => [templateKey(t.id, t.version), t]));
  const templateOf = new Map(bundle.respondents.map((r) => [ids.get(r.id) as string, templates.get(r.templateKey)]));
  const here = new Map<string, Promise<AnswerRecord[]>>();
  const inFile = (respondentId: string) => incoming.filter((a) => a.respondentId === respondentId);
  const recordsHere = (respondentId: string) => {
    let records = here.get(respondentId);
    if (!records) here.set(respondentId, (records = answerRecordsOf(db, respondentId, true)));
    return records;
  };
  return {
    async merge(newer: AnswerRecord, older: AnswerRecord, newerSide: 'file' | 'here'): Promise<AnswerRecord | undefined> {
      if (!isListKey(templateOf.get(newer.respondentId), newer.key)) return undefined;
      const [file, here] = [inFile(newer.respondentId), await recordsHere(newer.respondentId)];
      const [newerRecords, olderRecords] = newerSide === 'file' ? [file, here] : [here, file];
      return mergeListRecords(newer, older, entriesKnown(newerRecords, newer.key), entriesKnown(olderRecords, newer.key));
    },
  };
}

/**
 * Both sides' removed respondents, the later time per id, kept on the audit; a respondent
 * here that the file says was removed after its last change here is removed with its answers
 * (its code added to `codes`, for the summary).
 */
async function mergeRemovals(db: AuditDatabase, auditId: string, here: readonly RemovedRespondent[] = [], file: readonly RemovedRespondent[] = [], codes: string[] = []): Promise<Map<string, number>> {
  const removed = new Map<string, number>();
  for (const { id, at } of [...here, ...file]) removed.set(id, Math.max(at, removed.get(id) ?? 0));
  if (removed.size === 0) return removed;
  for (const [id, at] of removed) {
    const respondent = await db.respondents.get(id);
    if (respondent && respondent.auditId === auditId && respondent.updatedAt <= at) {
      await db.answers.where('respondentId').equals(id).delete();
      await db.respondents.delete(id);
      codes.push(respondent.code);
    }
  }
  await db.audits.update(auditId, { removedRespondents: [...removed].map(([id, at]) => ({ id, at })) });
  return removed;
}

/** Lists show progress without loading answers: compute it for the imported respondents. */
async function refreshProgress(db: AuditDatabase, bundle: AuditBundle, respondentIds: string[]): Promise<void> {
  const templates = new Map(bundle.templates.map((t) => [templateKey(t.id, t.version), t]));
  for (const id of respondentIds) {
    const respondent = await db.respondents.get(id);
    const template = respondent && templates.get(respondent.templateKey);
    if (!respondent || !template) continue;
    const records = await answerRecordsOf(db, id);
    const answers = new Map<string, Answer>(records.map((r) => [r.key, r.answer]));
    const progress = computeProgress(template, answers, { excludedSections: new Set(respondent.excludedSections) });
    const sections: Record<string, [number, number]> = {};
    for (const s of progress.sections) sections[s.sectionId] = [s.answered, s.total];
    await db.respondents.update(id, { progress: { answered: progress.answered, total: progress.total, sections } });
  }
}
