import { useLiveQuery } from './use-live-query';
import { useMemo } from 'react';
import type { Template } from '../../domain';
import type { AuditDatabase } from '../database';
import { useDatabase } from '../database-context';
import { bindDatabase } from '../database-source';
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

/** Workshop repository functions bound to the app's database, for screens. */
export function useWorkshopActions() {
  const source = useDatabase();
  return useMemo(() => {
    const bind = <A extends unknown[], R>(run: (db: AuditDatabase, ...args: A) => Promise<R>) => bindDatabase(source, run);
    return {
      createSession: bind((db, input: NewWorkshopSession, template: Template) => createWorkshopSession(db, input, template)),
      setParticipants: bind((db, sessionId: string, participants: number) => setSessionParticipants(db, sessionId, participants)),
      setState: bind((db, sessionId: string, patch: Partial<WorkshopState>) => updateWorkshopState(db, sessionId, patch)),
      addParticipant: bind((db, sessionId: string, via: ParticipantVia) => addSessionParticipant(db, sessionId, via)),
    };
  }, [source]);
}
