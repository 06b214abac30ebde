import { afterEach, describe, expect, it } from 'vitest';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { fakeClock, testDatabase } from '../../../tests/support/test-db';
import { saveAnswers } from './answers-repo';
import { createAudit } from './audits-repo';
import { addRespondent, CodeInUseError, listRespondents, nextRespondentCode, removeRespondent, updateRespondent } from './respondents-repo';
import { createWorkshopSession } from './workshop-repo';

const template = allTypesTemplate();
let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

describe('respondents repository', () => {
  it('gives anonymous codes per type, never names', async () => {
    const clock = fakeClock();
    const auditId = await createAudit(db, { locality: 'L', leadOrganisation: 'O', language: 'en' }, template, clock);
    await addRespondent(db, { auditId, type: 'interview' }, template, clock);
    await addRespondent(db, { auditId, type: 'interview' }, template, clock);
    await addRespondent(db, { auditId, type: 'workshop', excludedSections: ['partners-section'] }, template, clock);
    const list = await listRespondents(db, auditId);
    expect(list.map((r) => r.code)).toEqual(['INT-01', 'INT-02', 'WS-01']);
    expect(list[2]?.excludedSections).toEqual(['partners-section']);
    expect(await nextRespondentCode(db, auditId, 'desk-review')).toBe('DESK-01');
  });

  it('refuses a code chosen by hand that the audit already uses, adding nothing', async () => {
    const auditId = await createAudit(db, { locality: 'L', leadOrganisation: 'O', language: 'en' }, template);
    await addRespondent(db, { auditId, type: 'interview' }, template);
    await expect(addRespondent(db, { auditId, type: 'interview', code: ' int-01 ' }, template)).rejects.toBeInstanceOf(CodeInUseError);
    await expect(createWorkshopSession(db, { auditId, participants: 5, code: 'INT-01' }, template)).rejects.toBeInstanceOf(CodeInUseError);
    expect((await listRespondents(db, auditId)).map((r) => r.code)).toEqual(['INT-01']);
    await addRespondent(db, { auditId, type: 'interview', code: 'Port-A' }, template);
    expect((await listRespondents(db, auditId)).map((r) => r.code)).toEqual(['INT-01', 'Port-A']);
  });

  it('updates section state and removes a respondent with its answers', async () => {
    const auditId = await createAudit(db, { locality: 'L', leadOrganisation: 'O', language: 'en' }, template);
    const id = await addRespondent(db, { auditId, type: 'other' }, template);
    await updateRespondent(db, id, { completedSections: ['intro'], lastSectionId: 'groups-section' });
    expect((await listRespondents(db, auditId))[0]).toMatchObject({ completedSections: ['intro'], lastSectionId: 'groups-section' });
    await saveAnswers(db, auditId, id, [{ key: 'role', answer: { value: 'x' }, at: 1 }]);
    await removeRespondent(db, id);
    expect(await listRespondents(db, auditId)).toEqual([]);
    expect(await db.answers.count()).toBe(0);
  });

  it('writes nothing for a change that changes nothing: the record keeps its time of change', async () => {
    const clock = fakeClock();
    const auditId = await createAudit(db, { locality: 'L', leadOrganisation: 'O', language: 'en' }, template, clock);
    const id = await addRespondent(db, { auditId, type: 'other' }, template, clock);
    const progress = { answered: 3, total: 9, sections: { intro: [1, 2] as [number, number] } };
    await updateRespondent(db, id, { progress }, clock);
    const first = (await listRespondents(db, auditId))[0]?.updatedAt;
    await updateRespondent(db, id, { progress: { ...progress, sections: { intro: [1, 2] } } }, clock);
    expect((await listRespondents(db, auditId))[0]?.updatedAt).toBe(first);
    await updateRespondent(db, id, { progress: { ...progress, answered: 4 } }, clock);
    expect((await listRespondents(db, auditId))[0]?.updatedAt).toBeGreaterThan(first ?? 0);
  });
});
