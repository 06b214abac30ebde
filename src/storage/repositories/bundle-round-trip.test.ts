import { afterEach, describe, expect, it } from 'vitest';
import { parseBundle } from '../../domain';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { fakeClock, testDatabase } from '../../../tests/support/test-db';
import { loadAnswers, saveAnswers } from './answers-repo';
import { createAudit, listAudits, trashAudit } from './audits-repo';
import { exportAuditBundle, bundleFileName } from './export-bundle';
import { importAuditBundle } from './import-bundle';
import { getPlan, savePlan } from './plans-repo';
import { addRespondent, listRespondents, removeRespondent } from './respondents-repo';
import { addSessionParticipant, createWorkshopSession, listSessionParticipants, listWorkshopSessions } from './workshop-repo';
import { loadTemplate } from '../../../tests/support/fixtures';

const template = allTypesTemplate();
let db = testDatabase();
let other = testDatabase();
afterEach(async () => {
  await db.delete();
  await other.delete();
  db = testDatabase();
  other = testDatabase();
});

async function auditWithAnswers() {
  const clock = fakeClock();
  const auditId = await createAudit(db, { locality: 'Trois-Rivières', leadOrganisation: 'Ville', language: 'fr' }, template, clock);
  const respondentId = await addRespondent(db, { auditId, type: 'interview' }, template, clock);
  await saveAnswers(db, auditId, respondentId, [
    { key: 'role', answer: { value: 'Agente' }, at: 1000 },
    { key: 'groups', answer: { value: ['homeless', 'other'], other: 'Cueilleurs saisonniers' }, at: 1000 },
  ]);
  await db.plans.put({ auditId, plan: { formatVersion: 1, problemStatement: 'P', priorities: [], monitoring: { who: 'x', frequency: 'yearly', protocols: '' }, overrides: [], updatedAt: 5 }, updatedAt: 5 });
  return { auditId, respondentId };
}

async function exported(auditId: string) {
  const raw = await exportAuditBundle(db, auditId, '0.1.0', Date.UTC(2026, 8, 15));
  // Checked as on a device whose today is 2031 (a test below removes a respondent in 2030).
  const parsed = parseBundle(JSON.parse(JSON.stringify(raw)), Date.UTC(2031, 0, 1));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.bundle;
}

/** The audit with two named partners listed on this device, then opened on the other one. */
async function partnersOnBothDevices(partners: Record<string, string>) {
  const { auditId, respondentId } = await auditWithAnswers();
  const name = (entry: string) => `partners/${entry}/partner-name`;
  await saveAnswers(db, auditId, respondentId, [
    { key: 'partners', answer: { value: Object.keys(partners) }, at: 1500 },
    ...Object.entries(partners).map(([entry, value]) => ({ key: name(entry), answer: { value }, at: 1500 })),
  ]);
  await importAuditBundle(other, await exported(auditId), 'merge');
  return { auditId, respondentId, name };
}

describe('audit bundles', () => {
  it('export a valid file that another device imports with every answer and the plan', async () => {
    const { auditId, respondentId } = await auditWithAnswers();
    const bundle = await exported(auditId);
    const result = await importAuditBundle(other, bundle, 'merge');
    expect(result).toMatchObject({ ok: true, summary: { auditId, respondentsAdded: 1, answersAdded: 2, planTaken: true } });
    expect((await loadAnswers(other, respondentId)).get('groups')).toEqual({ value: ['homeless', 'other'], other: 'Cueilleurs saisonniers' });
    expect((await listAudits(other))[0]).toMatchObject({ locality: 'Trois-Rivières', templateTitle: template.title });
    expect((await listRespondents(other, auditId))[0]?.progress.answered).toBeGreaterThan(0);
  });

  it('says when the more recent side’s plan replaced a different one, or was kept, and says nothing when both say the same', async () => {
    const { auditId } = await auditWithAnswers();
    const first = await exported(auditId);
    await importAuditBundle(other, first, 'merge');
    expect((await importAuditBundle(other, first, 'merge')) as unknown).toMatchObject({ summary: { planReplaced: false, planKept: false } });
    const plan = await getPlan(db, auditId);
    if (!plan) throw new Error('no plan');
    await savePlan(db, auditId, { ...plan, problemStatement: 'Edited on the first device', updatedAt: 50 });
    expect((await importAuditBundle(other, await exported(auditId), 'merge')) as unknown).toMatchObject({ summary: { planTaken: true, planReplaced: true } });
    await savePlan(other, auditId, { ...plan, problemStatement: 'Edited on the other device', updatedAt: 90 });
    expect((await importAuditBundle(other, await exported(auditId), 'merge')) as unknown).toMatchObject({ summary: { planTaken: false, planKept: true } });
    expect((await getPlan(other, auditId))?.problemStatement).toBe('Edited on the other device');
  });

  it('merges two devices: per answer, the most recent change wins', async () => {
    const { auditId, respondentId } = await auditWithAnswers();
    const first = await exported(auditId);
    await importAuditBundle(other, first, 'merge');
    await saveAnswers(other, auditId, respondentId, [{ key: 'role', answer: { value: 'Newer elsewhere' }, at: 3000 }]);
    await saveAnswers(db, auditId, respondentId, [
      { key: 'role', answer: { value: 'Older here' }, at: 2000 },
      { key: 'context', answer: { value: 'Only here' }, at: 2000 },
    ]);
    const result = await importAuditBundle(other, await exported(auditId), 'merge');
    expect(result).toMatchObject({ ok: true, summary: { answersAdded: 1, answersUpdated: 0, answersKept: 1 } });
    const answers = await loadAnswers(other, respondentId);
    expect(answers.get('role')?.value).toBe('Newer elsewhere');
    expect(answers.get('context')?.value).toBe('Only here');
  });

  it('merges a list both devices added entries to, and keeps a removal made on either', async () => {
    const { auditId, respondentId, name } = await partnersOnBothDevices({ e1: 'Shelter', gone: 'Closed clinic' });
    // Here: a partner added. Elsewhere, later: another added, and 'gone' removed (its answer cleared).
    await saveAnswers(db, auditId, respondentId, [
      { key: 'partners', answer: { value: ['e1', 'gone', 'here'] }, at: 3000 },
      { key: name('here'), answer: { value: 'Added here' }, at: 3000 },
    ]);
    await saveAnswers(other, auditId, respondentId, [
      { key: 'partners', answer: { value: ['e1', 'there'] }, at: 4000 },
      { key: name('there'), answer: { value: 'Added there' }, at: 4000 },
      { key: name('gone'), answer: null, at: 4000 },
    ]);
    const file = await exported(auditId);
    const result = await importAuditBundle(other, file, 'merge');
    expect(result).toMatchObject({ ok: true, summary: { answersUpdated: 1 } });
    expect((await loadAnswers(other, respondentId)).get('partners')?.value).toEqual(['e1', 'here', 'there']);
    expect((await loadAnswers(other, respondentId)).get(name('here'))?.value).toBe('Added here');
    // The other way round, the file being the newer side, gives the same list.
    const back = await exportAuditBundle(other, auditId, '0.1.0', Date.UTC(2026, 8, 16));
    const parsed = parseBundle(JSON.parse(JSON.stringify(back)), Date.UTC(2031, 0, 1));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    await saveAnswers(db, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1', 'gone', 'here', 'late'] }, at: 3500 }]);
    await importAuditBundle(db, parsed.bundle, 'merge');
    expect((await loadAnswers(db, respondentId)).get('partners')?.value).toEqual(['e1', 'here', 'late', 'there']);
  });

  it('keeps a removal made on the device whose list is older, even before the removed answers are cleared', async () => {
    const { auditId, respondentId, name } = await partnersOnBothDevices({ e1: 'Shelter', e2: 'Clinic' });
    // Here e2 is removed (its answer not yet cleared); elsewhere, later, e3 is added.
    await saveAnswers(db, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1'] }, at: 2000 }]);
    await saveAnswers(other, auditId, respondentId, [
      { key: 'partners', answer: { value: ['e1', 'e2', 'e3'] }, at: 3000 },
      { key: name('e3'), answer: { value: 'Added there' }, at: 3000 },
    ]);
    await importAuditBundle(other, await exported(auditId), 'merge');
    expect((await loadAnswers(other, respondentId)).get('partners')?.value).toEqual(['e1', 'e3']);
  });

  it('merges a clearing like any change: the later one wins, either way', async () => {
    const { auditId, respondentId } = await auditWithAnswers();
    const file = await exported(auditId);
    await importAuditBundle(other, file, 'merge');
    // Cleared here after the file was made: the older file does not bring it back.
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: null, at: 4000 }]);
    expect(await importAuditBundle(db, file, 'merge')).toMatchObject({ ok: true, summary: { answersAdded: 0, answersUpdated: 0 } });
    expect((await loadAnswers(db, respondentId)).has('role')).toBe(false);
    // The clearing travels to the other device in the next file.
    const result = await importAuditBundle(other, await exported(auditId), 'merge');
    expect(result).toMatchObject({ ok: true, summary: { answersUpdated: 1 } });
    expect((await loadAnswers(other, respondentId)).has('role')).toBe(false);
    expect((await loadAnswers(other, respondentId)).get('groups')?.value).toEqual(['homeless', 'other']);
    // A change made there later than the clearing is kept when the clearing comes back.
    await saveAnswers(other, auditId, respondentId, [{ key: 'role', answer: { value: 'Rewritten later' }, at: 5000 }]);
    await importAuditBundle(other, await exported(auditId), 'merge');
    expect((await loadAnswers(other, respondentId)).get('role')?.value).toBe('Rewritten later');
  });

  it('brings an audit back from the trash when its file is opened', async () => {
    const { auditId } = await auditWithAnswers();
    const file = await exported(auditId);
    await trashAudit(db, auditId);
    expect(await listAudits(db)).toHaveLength(0);
    await importAuditBundle(db, file, 'merge');
    expect((await listAudits(db)).map((a) => a.id)).toEqual([auditId]);
  });

  it('never brings back a respondent removed after the file was made, and carries the removal', async () => {
    const { auditId, respondentId } = await auditWithAnswers();
    const file = await exported(auditId);
    await importAuditBundle(other, file, 'merge');
    await removeRespondent(db, respondentId, () => Date.UTC(2030, 0, 1));
    expect(await importAuditBundle(db, file, 'merge')).toMatchObject({ ok: true, summary: { respondentsAdded: 0, answersAdded: 0, respondentsRemoved: [] } });
    expect(await listRespondents(db, auditId)).toEqual([]);
    // The next file tells the other device, which removes it and its answers too.
    // ... and says so: the person merging learns which interview is gone.
    expect(await importAuditBundle(other, await exported(auditId), 'merge')).toMatchObject({ ok: true, summary: { respondentsRemoved: ['INT-01'] } });
    expect(await listRespondents(other, auditId)).toEqual([]);
    expect((await loadAnswers(other, respondentId)).size).toBe(0);
  });

  it('imports as a copy with new ids, leaving the original alone', async () => {
    const { auditId } = await auditWithAnswers();
    const result = await importAuditBundle(db, await exported(auditId), 'copy');
    if (!result.ok) throw new Error('import failed');
    expect(result.summary.auditId).not.toBe(auditId);
    expect(await listAudits(db)).toHaveLength(2);
    expect(await db.answers.where('auditId').equals(result.summary.auditId).count()).toBe(2);
  });

  it('refuses a file whose template version differs from the one here, changing nothing', async () => {
    const { auditId } = await auditWithAnswers();
    const bundle = await exported(auditId);
    const tampered = { ...bundle, templates: [{ ...template, title: { en: 'Changed', fr: 'Changé' } }] };
    const before = await other.audits.count();
    await importAuditBundle(other, bundle, 'merge');
    const again = testDatabase();
    await again.templates.put({ key: 'all-types@1.0.0', templateId: 'all-types', version: '1.0.0', kind: 'other', template: tampered.templates[0] as typeof template, source: 'imported', storedAt: 1 });
    expect(await importAuditBundle(again, bundle, 'merge')).toEqual({ ok: false, reason: 'template-conflict', templateKey: 'all-types@1.0.0' });
    expect(await again.audits.count()).toBe(0);
    expect(before).toBe(0);
    await again.delete();
  });

  it('keep a workshop session with its private participants, as a copy too', async () => {
    const workshop = loadTemplate('audit-templates/community-workshop.json');
    const clock = fakeClock();
    const auditId = await createAudit(db, { locality: 'Riverside', leadOrganisation: 'City', language: 'en' }, workshop, clock);
    const sessionId = await createWorkshopSession(db, { auditId, participants: 9 }, workshop, clock);
    const inRound = await addSessionParticipant(db, sessionId, 'round', clock);
    await saveAnswers(db, auditId, inRound, [{ key: 'worry-level', answer: { value: 3 }, at: clock() }]);
    await addSessionParticipant(db, sessionId, 'paper', clock);
    const bundle = await exported(auditId);
    for (const mode of ['merge', 'copy'] as const) {
      const result = await importAuditBundle(other, bundle, mode);
      if (!result.ok) throw new Error('refused');
      const sessions = await listWorkshopSessions(other, result.summary.auditId);
      expect(sessions.map((s) => [s.code, s.participants])).toEqual([['WS-01', 9]]);
      const participants = await listSessionParticipants(other, sessions[0]?.id as string);
      expect(participants.map((p) => [p.code, p.session?.via])).toEqual([['WS-01-P01', 'round'], ['WS-01-P02', 'paper']]);
      expect(sessions[0]?.id === sessionId).toBe(mode === 'merge');
    }
  });

  it('names files from the locality without accents', () => {
    expect(bundleFileName('Trois-Rivières', Date.UTC(2026, 8, 15))).toBe('audit-trois-rivieres-2026-09-15.json');
  });
});
