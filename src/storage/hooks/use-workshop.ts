import { useBoundActions, type Bind } from './use-bound-actions';
import { useLiveQuery } from './use-live-query';
import type { Template } from '../../domain';
import type { ParticipantVia, RespondentRecord, WorkshopState } from '../records';
import {
  addSessionParticipant,
  createWorkshopSession,
  listSessionParticipants,
  listWorkshopSessions,
  loadSessionAnswers,
  setSessionParticipants,
  updateWorkshopState,
  type NewWorkshopSession,
  type SessionAnswers,
} from '../repositories/workshop-repo';

/** An audit's workshop groups; undefined while loading. */
export function useWorkshopSessions(auditId: string): RespondentRecord[] | undefined {
  return useLiveQuery((db) => listWorkshopSessions(db, auditId), [auditId]);
}

/** The participants who answered privately in a session; undefined while loading. */
export function useSessionParticipants(sessionId: string): RespondentRecord[] | undefined {
  return useLiveQuery((db) => listSessionParticipants(db, sessionId), [sessionId]);
}

/** A session's answers, the group's and each participant's, kept current; undefined while loading. */
export function useSessionAnswers(sessionId: string): SessionAnswers | undefined {
  return useLiveQuery((db) => loadSessionAnswers(db, sessionId), [sessionId]);
}

const workshopActions = (bind: Bind) => ({
  createSession: bind((db, input: NewWorkshopSession, template: Template) => createWorkshopSession(db, input, template)),
  setParticipants: bind((db, sessionId: string, participants: number) => setSessionParticipants(db, sessionId, participants)),
  setState: bind((db, sessionId: string, patch: Partial<WorkshopState>) => updateWorkshopState(db, sessionId, patch)),
  addParticipant: bind((db, sessionId: string, via: ParticipantVia) => addSessionParticipant(db, sessionId, via)),
});

/** Workshop repository functions bound to the app's database, for screens. */
export function useWorkshopActions() {
  return useBoundActions(workshopActions);
}
