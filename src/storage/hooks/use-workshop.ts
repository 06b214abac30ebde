import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Template } from '../../domain';
import { useDatabase } from '../database-context';
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
  const db = useDatabase();
  return useLiveQuery(() => listWorkshopSessions(db, auditId), [db, auditId]);
}

/** The participants who answered privately in a session; undefined while loading. */
export function useSessionParticipants(sessionId: string): RespondentRecord[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listSessionParticipants(db, sessionId), [db, sessionId]);
}

/** A session's answers, the group's and each participant's, kept current; undefined while loading. */
export function useSessionAnswers(sessionId: string): SessionAnswers | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadSessionAnswers(db, sessionId), [db, sessionId]);
}

/** Workshop repository functions bound to the app's database, for screens. */
export function useWorkshopActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      createSession: (input: NewWorkshopSession, template: Template) => createWorkshopSession(db, input, template),
      setParticipants: (sessionId: string, participants: number) => setSessionParticipants(db, sessionId, participants),
      setState: (sessionId: string, patch: Partial<WorkshopState>) => updateWorkshopState(db, sessionId, patch),
      addParticipant: (sessionId: string, via: ParticipantVia) => addSessionParticipant(db, sessionId, via),
    }),
    [db],
  );
}
