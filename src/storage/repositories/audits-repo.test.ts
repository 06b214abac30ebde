import { afterEach, describe, expect, it } from 'vitest';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { fakeClock, testDatabase } from '../../../tests/support/test-db';
import { saveAnswers } from './answers-repo';
import { createAudit, emptyTrash, getAudit, listAudits, listTrashedAudits, restoreAudit, setAuditArchived, trashAudit, updateAudit } from './audits-repo';
import { addRespondent } from './respondents-repo';

const template = allTypesTemplate();
const input = { locality: 'Riverside', leadOrganisation: 'City of Riverside', language: 'en', periodStart: '2026-01-01', periodEnd: '2026-06-30' };
let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

describe('audits repository', () => {
  it('creates an audit with a snapshot of its template', async () => {
    const clock = fakeClock();
    const id = await createAudit(db, input, template, clock);
    const audit = await getAudit(db, id);
    expect(audit).toMatchObject({ ...input, templateKey: 'all-types@1.0.0', status: 'active', deletedAt: 0 });
    expect((await db.templates.get('all-types@1.0.0'))?.template).toEqual(template);
  });

  it('lists audits most recently edited first, without trashed ones', async () => {
    const clock = fakeClock();
    const a = await createAudit(db, { ...input, locality: 'A' }, template, clock);
    const b = await createAudit(db, { ...input, locality: 'B' }, template, clock);
    await updateAudit(db, a, { leadOrganisation: 'Changed' }, clock);
    expect((await listAudits(db)).map((x) => x.locality)).toEqual(['A', 'B']);
    await trashAudit(db, a, clock);
    expect((await listAudits(db)).map((x) => x.id)).toEqual([b]);
    expect((await listTrashedAudits(db)).map((x) => x.id)).toEqual([a]);
  });

  it('restores a trashed audit with everything in it', async () => {
    const clock = fakeClock();
    const id = await createAudit(db, input, template, clock);
    const respondent = await addRespondent(db, { auditId: id, type: 'interview' }, template, clock);
    await saveAnswers(db, id, respondent, [{ key: 'role', answer: { value: 'Officer' }, at: clock() }]);
    await trashAudit(db, id, clock);
    await restoreAudit(db, id);
    expect((await listAudits(db)).map((x) => x.id)).toEqual([id]);
    expect(await db.answers.where('auditId').equals(id).count()).toBe(1);
  });

  it('archives and unarchives', async () => {
    const id = await createAudit(db, input, template);
    await setAuditArchived(db, id, true);
    expect((await getAudit(db, id))?.status).toBe('archived');
    await setAuditArchived(db, id, false);
    expect((await getAudit(db, id))?.status).toBe('active');
  });

  it('empties the trash: audit, respondents, answers and plan are gone; others stay', async () => {
    const clock = fakeClock();
    const gone = await createAudit(db, input, template, clock);
    const kept = await createAudit(db, input, template, clock);
    for (const auditId of [gone, kept]) {
      const r = await addRespondent(db, { auditId, type: 'interview' }, template, clock);
      await saveAnswers(db, auditId, r, [{ key: 'role', answer: { value: 'x' }, at: clock() }]);
      await db.plans.put({ auditId, plan: {}, updatedAt: clock() });
    }
    await trashAudit(db, gone, clock);
    expect(await emptyTrash(db)).toBe(1);
    expect(await getAudit(db, gone)).toBeUndefined();
    expect(await db.answers.where('auditId').equals(gone).count()).toBe(0);
    expect(await db.respondents.where('auditId').equals(gone).count()).toBe(0);
    expect(await db.plans.get(gone)).toBeUndefined();
    expect(await db.answers.where('auditId').equals(kept).count()).toBe(1);
    expect(await db.templates.count()).toBe(1);
  });
});
