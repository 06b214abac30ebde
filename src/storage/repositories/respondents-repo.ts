import type { Template } from '../../domain';
import type { AuditDatabase } from '../database';
import { newId, systemClock, type Clock } from '../ids';
import type { RespondentRecord, RespondentType } from '../records';
import { storeTemplate } from './templates-repo';

const CODE_PREFIX: Record<RespondentType, string> = { interview: 'INT', 'desk-review': 'DESK', workshop: 'WS', other: 'OTH' };

/** The next free anonymous code of a type in an audit: INT-01, INT-02, ... */
export async function nextRespondentCode(db: AuditDatabase, auditId: string, type: RespondentType): Promise<string> {
  const prefix = CODE_PREFIX[type];
  const codes = new Set((await db.respondents.where('auditId').equals(auditId).toArray()).map((r) => r.code));
  for (let n = 1; ; n++) {
    const code = `${prefix}-${String(n).padStart(2, '0')}`;
    if (!codes.has(code)) return code;
  }
}

/** A code chosen by hand that another respondent of the audit already has: two INT-01 could not be told apart. */
export class CodeInUseError extends Error {
  constructor(readonly code: string) {
    super(`The code ${code} is already used in this audit`);
    this.name = 'CodeInUseError';
  }
}

/** The code chosen by hand, if free in the audit (letter case aside); throws CodeInUseError otherwise. */
export async function freeCode(db: AuditDatabase, auditId: string, code: string): Promise<string> {
  const wanted = code.trim().toLowerCase();
  const taken = (await db.respondents.where('auditId').equals(auditId).toArray()).some((r) => r.code.trim().toLowerCase() === wanted);
  if (taken) throw new CodeInUseError(code.trim());
  return code.trim();
}

export interface NewRespondent {
  auditId: string;
  type: RespondentType;
  code?: string;
  excludedSections?: string[];
}

export async function addRespondent(db: AuditDatabase, input: NewRespondent, template: Template, clock: Clock = systemClock): Promise<string> {
  const id = newId();
  await db.transaction('rw', db.respondents, db.templates, db.audits, async () => {
    const key = await storeTemplate(db, template, 'shipped', clock);
    const code = input.code?.trim() ? await freeCode(db, input.auditId, input.code) : await nextRespondentCode(db, input.auditId, input.type);
    const now = clock();
    await db.respondents.add({
      id, auditId: input.auditId, code, type: input.type, templateKey: key, templateTitle: template.title,
      excludedSections: input.excludedSections ?? [], completedSections: [], progress: { answered: 0, total: 0, sections: {} },
      createdAt: now, updatedAt: now,
    });
    await db.audits.update(input.auditId, { updatedAt: now });
  });
  return id;
}

export type RespondentPatch = Partial<Pick<RespondentRecord, 'code' | 'excludedSections' | 'completedSections' | 'lastSectionId' | 'progress'>>;

/** Changes a respondent's record; a patch that changes nothing writes nothing (the record keeps its time of change). */
export async function updateRespondent(db: AuditDatabase, id: string, patch: RespondentPatch, clock: Clock = systemClock): Promise<void> {
  await db.transaction('rw', db.respondents, async () => {
    const current = await db.respondents.get(id);
    if (!current) return;
    const fields = Object.keys(patch) as (keyof RespondentPatch)[];
    if (fields.every((field) => JSON.stringify(current[field]) === JSON.stringify(patch[field]))) return;
    await db.respondents.update(id, { ...patch, updatedAt: clock() });
  });
}

/** Removes a respondent and its answers; the audit remembers the removal (id and time) for merges. */
export async function removeRespondent(db: AuditDatabase, id: string, clock: Clock = systemClock): Promise<void> {
  await db.transaction('rw', db.respondents, db.answers, db.audits, async () => {
    const respondent = await db.respondents.get(id);
    await db.answers.where('respondentId').equals(id).delete();
    await db.respondents.delete(id);
    if (!respondent) return;
    const audit = await db.audits.get(respondent.auditId);
    if (!audit) return;
    const now = clock();
    await db.audits.update(audit.id, { removedRespondents: [...(audit.removedRespondents ?? []).filter((r) => r.id !== id), { id, at: now }], updatedAt: now });
  });
}

export function listRespondents(db: AuditDatabase, auditId: string): Promise<RespondentRecord[]> {
  return db.respondents.where('auditId').equals(auditId).sortBy('createdAt');
}

export function getRespondent(db: AuditDatabase, id: string): Promise<RespondentRecord | undefined> {
  return db.respondents.get(id);
}
