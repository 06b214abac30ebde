import type { Template } from '../../domain';
import type { AuditDatabase } from '../database';
import { newId, systemClock, type Clock } from '../ids';
import type { AuditRecord } from '../records';
import { storeTemplate } from './templates-repo';

export interface NewAudit {
  locality: string;
  periodStart?: string;
  periodEnd?: string;
  leadOrganisation: string;
  language: string;
  example?: boolean;
}

export async function createAudit(db: AuditDatabase, input: NewAudit, template: Template, clock: Clock = systemClock): Promise<string> {
  const id = newId();
  await db.transaction('rw', db.audits, db.templates, async () => {
    const key = await storeTemplate(db, template, 'shipped', clock);
    const now = clock();
    await db.audits.add({ ...input, id, templateKey: key, templateTitle: template.title, status: 'active', deletedAt: 0, createdAt: now, updatedAt: now });
  });
  return id;
}

export type AuditPatch = Partial<Pick<AuditRecord, 'locality' | 'periodStart' | 'periodEnd' | 'leadOrganisation' | 'language'>>;

export async function updateAudit(db: AuditDatabase, id: string, patch: AuditPatch, clock: Clock = systemClock): Promise<void> {
  await db.audits.update(id, { ...patch, updatedAt: clock() });
}

export async function setAuditArchived(db: AuditDatabase, id: string, archived: boolean, clock: Clock = systemClock): Promise<void> {
  await db.audits.update(id, { status: archived ? 'archived' : 'active', updatedAt: clock() });
}

/** Moves an audit to the trash; nothing is deleted until the trash is emptied. */
export async function trashAudit(db: AuditDatabase, id: string, clock: Clock = systemClock): Promise<void> {
  await db.audits.update(id, { deletedAt: clock() });
}

/** Takes an audit out of the trash; false when it is no longer there (deleted for good since). */
export async function restoreAudit(db: AuditDatabase, id: string): Promise<boolean> {
  return (await db.audits.update(id, { deletedAt: 0 })) > 0;
}

/** Deletes an audit for good, with its respondents, answers and plan. */
export async function purgeAudit(db: AuditDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.audits, db.respondents, db.answers, db.plans], async () => {
    await db.answers.where('auditId').equals(id).delete();
    await db.respondents.where('auditId').equals(id).delete();
    await db.plans.delete(id);
    await db.audits.delete(id);
  });
}

export async function emptyTrash(db: AuditDatabase): Promise<number> {
  const trashed = await db.audits.where('deletedAt').above(0).primaryKeys();
  for (const id of trashed) await purgeAudit(db, id);
  return trashed.length;
}

export function getAudit(db: AuditDatabase, id: string): Promise<AuditRecord | undefined> {
  return db.audits.get(id);
}

/** Audits not in the trash, most recently edited first. */
export async function listAudits(db: AuditDatabase): Promise<AuditRecord[]> {
  const audits = await db.audits.where('deletedAt').equals(0).toArray();
  return audits.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function listTrashedAudits(db: AuditDatabase): Promise<AuditRecord[]> {
  const audits = await db.audits.where('deletedAt').above(0).toArray();
  return audits.sort((a, b) => b.deletedAt - a.deletedAt);
}
