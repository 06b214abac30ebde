import type { Answer, Template } from '../../domain';
import type { AuditDatabase } from '../database';
import { newId, systemClock, type Clock } from '../ids';
import type { ParticipantVia, RespondentRecord, WorkshopState } from '../records';
import { freeCode, nextRespondentCode } from './respondents-repo';
import { storeTemplate } from './templates-repo';
import { answerRecordsOfAll } from './answer-records';

export interface NewWorkshopSession {
  auditId: string;
  /** People present: a head count, never names. */
  participants: number;
  code?: string;
}

const START: WorkshopState = { itemIndex: 0, revealed: false };
const EMPTY_PROGRESS = { answered: 0, total: 0, sections: {} };

/** A facilitated session: a workshop respondent whose answers are the group's, with the people present. */
export async function createWorkshopSession(db: AuditDatabase, input: NewWorkshopSession, template: Template, clock: Clock = systemClock): Promise<string> {
  const id = newId();
  await db.transaction('rw', db.respondents, db.templates, db.audits, async () => {
    const key = await storeTemplate(db, template, 'shipped', clock);
    const code = input.code?.trim() ? await freeCode(db, input.auditId, input.code) : await nextRespondentCode(db, input.auditId, 'workshop');
    const now = clock();
    await db.respondents.add({
      id, auditId: input.auditId, code, type: 'workshop', templateKey: key, templateTitle: template.title,
      excludedSections: [], completedSections: [], participants: input.participants, session: { id, role: 'group' },
      workshop: START, progress: EMPTY_PROGRESS, createdAt: now, updatedAt: now,
    });
    await db.audits.update(input.auditId, { updatedAt: now });
  });
  return id;
}

export async function setSessionParticipants(db: AuditDatabase, sessionId: string, participants: number, clock: Clock = systemClock): Promise<void> {
  await db.respondents.update(sessionId, { participants, updatedAt: clock() });
}

/** Moves the session on (slide, results shown, round questions); kept so a reload continues there. */
export async function updateWorkshopState(db: AuditDatabase, sessionId: string, patch: Partial<WorkshopState>): Promise<void> {
  await db.transaction('rw', db.respondents, async () => {
    const session = await db.respondents.get(sessionId);
    if (!session) return;
    await db.respondents.update(sessionId, { workshop: { ...START, ...session.workshop, ...patch } });
  });
}

/** A participant answering privately (pass-the-device or a paper form): an anonymous respondent of the session. */
export async function addSessionParticipant(db: AuditDatabase, sessionId: string, via: ParticipantVia, clock: Clock = systemClock): Promise<string> {
  const id = newId();
  await db.transaction('rw', db.respondents, db.audits, async () => {
    const session = await db.respondents.get(sessionId);
    if (!session) throw new Error('No such workshop session');
    const codes = new Set((await db.respondents.where('auditId').equals(session.auditId).toArray()).map((r) => r.code));
    let n = 1;
    const codeOf = (i: number) => `${session.code.slice(0, 19)}-P${String(i).padStart(2, '0')}`;
    while (codes.has(codeOf(n))) n++;
    const now = clock();
    await db.respondents.add({
      id, auditId: session.auditId, code: codeOf(n), type: 'workshop', templateKey: session.templateKey, templateTitle: session.templateTitle,
      excludedSections: [], completedSections: [], participants: 1, session: { id: sessionId, role: 'participant', via },
      progress: EMPTY_PROGRESS, createdAt: now, updatedAt: now,
    });
    await db.audits.update(session.auditId, { updatedAt: now });
  });
  return id;
}

const isParticipant = (r: RespondentRecord) => r.session?.role === 'participant';

/** Workshop groups of an audit (not their private participants), oldest first. */
export async function listWorkshopSessions(db: AuditDatabase, auditId: string): Promise<RespondentRecord[]> {
  const all = await db.respondents.where('auditId').equals(auditId).sortBy('createdAt');
  return all.filter((r) => r.type === 'workshop' && !isParticipant(r));
}

export async function listSessionParticipants(db: AuditDatabase, sessionId: string): Promise<RespondentRecord[]> {
  const session = await db.respondents.get(sessionId);
  if (!session) return [];
  const all = await db.respondents.where('auditId').equals(session.auditId).sortBy('createdAt');
  return all.filter((r) => isParticipant(r) && r.session?.id === sessionId);
}

export interface SessionAnswers {
  /** The group's own answers (tallies, votes, contributions, consensus). */
  group: Map<string, Answer>;
  /** Each private participant's answers, by respondent id, in the order they answered. */
  participants: Map<string, Map<string, Answer>>;
}

/** Everything answered in a session, read in one transaction for the results screen. */
export async function loadSessionAnswers(db: AuditDatabase, sessionId: string): Promise<SessionAnswers> {
  return db.transaction('r', db.respondents, db.answers, async () => {
    const participants = await listSessionParticipants(db, sessionId);
    const ids = [sessionId, ...participants.map((p) => p.id)];
    const records = await answerRecordsOfAll(db, ids);
    const result: SessionAnswers = { group: new Map(), participants: new Map(participants.map((p) => [p.id, new Map()])) };
    for (const r of records) (r.respondentId === sessionId ? result.group : result.participants.get(r.respondentId))?.set(r.key, r.answer);
    return result;
  });
}
