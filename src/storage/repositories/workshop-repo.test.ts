import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../tests/support/fixtures';
import { fakeClock, testDatabase } from '../../../tests/support/test-db';
import { saveAnswers } from './answers-repo';
import { createAudit } from './audits-repo';
import { listRespondents, nextRespondentCode } from './respondents-repo';
import {
  addSessionParticipant,
  createWorkshopSession,
  listSessionParticipants,
  listWorkshopSessions,
  loadSessionAnswers,
  setSessionParticipants,
  updateWorkshopState,
} from './workshop-repo';

const workshop = loadTemplate('audit-templates/community-workshop.json');
let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

async function start() {
  const clock = fakeClock();
  const auditId = await createAudit(db, { locality: 'L', leadOrganisation: 'O', language: 'en' }, workshop, clock);
  const sessionId = await createWorkshopSession(db, { auditId, participants: 12 }, workshop, clock);
  return { auditId, sessionId, clock };
}

describe('workshop repository', () => {
  it('starts a session as an anonymous workshop respondent with the people present', async () => {
    const { auditId, sessionId } = await start();
    const [session] = await listWorkshopSessions(db, auditId);
    expect(session).toMatchObject({ id: sessionId, code: 'WS-01', type: 'workshop', participants: 12, session: { id: sessionId, role: 'group' }, workshop: { itemIndex: 0, revealed: false } });
    expect(session?.templateKey).toBe('community-workshop@1.1.0');
    await setSessionParticipants(db, sessionId, 14);
    await updateWorkshopState(db, sessionId, { itemIndex: 5 });
    await updateWorkshopState(db, sessionId, { revealed: true });
    expect((await listWorkshopSessions(db, auditId))[0]).toMatchObject({ participants: 14, workshop: { itemIndex: 5, revealed: true } });
  });

  it('adds private participants linked to the session, numbered, never named', async () => {
    const { auditId, sessionId, clock } = await start();
    const first = await addSessionParticipant(db, sessionId, 'round', clock);
    const second = await addSessionParticipant(db, sessionId, 'round', clock);
    const participants = await listSessionParticipants(db, sessionId);
    expect(participants.map((p) => p.code)).toEqual(['WS-01-P01', 'WS-01-P02']);
    expect(participants[0]).toMatchObject({ id: first, type: 'workshop', participants: 1, session: { id: sessionId, role: 'participant' }, templateKey: 'community-workshop@1.1.0' });
    expect(participants[1]?.id).toBe(second);
    expect((await listWorkshopSessions(db, auditId)).map((s) => s.id)).toEqual([sessionId]);
    expect(await listRespondents(db, auditId)).toHaveLength(3);
    expect(await nextRespondentCode(db, auditId, 'workshop')).toBe('WS-02');
  });

  it('reads the group answers apart from each participant\'s', async () => {
    const { auditId, sessionId, clock } = await start();
    const a = await addSessionParticipant(db, sessionId, 'round', clock);
    const b = await addSessionParticipant(db, sessionId, 'round', clock);
    await saveAnswers(db, auditId, sessionId, [{ key: 'risk-trend', answer: { value: 'increasing', group: { tally: { increasing: 8, stable: 4 } } }, at: clock() }]);
    await saveAnswers(db, auditId, a, [{ key: 'worry-level', answer: { value: 4 }, at: clock() }]);
    await saveAnswers(db, auditId, b, [{ key: 'worry-level', answer: { value: 2 }, at: clock() }]);
    const answers = await loadSessionAnswers(db, sessionId);
    expect(answers.group.get('risk-trend')?.group?.tally).toEqual({ increasing: 8, stable: 4 });
    expect([...answers.participants.keys()]).toEqual([a, b]);
    expect(answers.participants.get(b)?.get('worry-level')).toEqual({ value: 2 });
  });
});

