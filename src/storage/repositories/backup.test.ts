import { describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../domain';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { freshDatabase } from '../../../tests/support/fresh-database';
import { fakeClock } from '../../../tests/support/test-db';
import { loadAnswers, saveAnswers } from './answers-repo';
import { createAudit, listAudits, trashAudit } from './audits-repo';
import { exportBackup, restoreBackup } from './backup';
import { addRespondent } from './respondents-repo';

const template = allTypesTemplate();
const here = freshDatabase();
const there = freshDatabase();

const clock = fakeClock();
async function auditOf(locality: string, role: string) {
  const auditId = await createAudit(here.db, { locality, leadOrganisation: 'Ville', language: 'fr' }, template, clock);
  const respondentId = await addRespondent(here.db, { auditId, type: 'interview' }, template, clock);
  await saveAnswers(here.db, auditId, respondentId, [{ key: 'role', answer: { value: role }, at: 1000 }]);
  return { auditId, respondentId };
}

async function backedUp() {
  const parsed = parseBackup(JSON.parse(JSON.stringify(await exportBackup(here.db, '0.1.0'))));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.bundles;
}

describe('device backups', () => {
  it('hold every audit but those in the trash, and restore them all on another device', async () => {
    const first = await auditOf('Trois-Rivières', 'Agente');
    const second = await auditOf('Lac-Bleu', 'Coordonnateur');
    const trashed = await auditOf('Corbeille', 'Nobody');
    await trashAudit(here.db, trashed.auditId);
    const bundles = await backedUp();
    expect(bundles.map((b) => b.audit.locality)).toEqual(['Trois-Rivières', 'Lac-Bleu']);
    const progress: [number, number][] = [];
    const summary = await restoreBackup(there.db, bundles, (done, total) => progress.push([done, total]));
    expect(progress).toEqual([[0, 2], [1, 2]]);
    expect(summary).toMatchObject({ restored: 2, respondentsAdded: 2, answersAdded: 2, respondentsRemoved: [], refused: [] });
    expect((await listAudits(there.db)).map((a) => a.locality).sort()).toEqual(['Lac-Bleu', 'Trois-Rivières']);
    expect((await loadAnswers(there.db, second.respondentId)).get('role')).toEqual({ value: 'Coordonnateur' });
    expect((await loadAnswers(there.db, first.respondentId)).get('role')).toEqual({ value: 'Agente' });
  });

  it('merge with what is already here, and leave out only an audit whose template conflicts', async () => {
    const { auditId, respondentId } = await auditOf('Trois-Rivières', 'Agente');
    await auditOf('Lac-Bleu', 'Coordonnateur');
    const bundles = await backedUp();
    await restoreBackup(there.db, bundles);
    await saveAnswers(there.db, auditId, respondentId, [{ key: 'role', answer: { value: 'Newer here' }, at: 5000 }]);
    const conflicting = bundles.map((b, i) => (i === 1 ? { ...b, templates: [{ ...template, title: { en: 'Changed', fr: 'Changé' } }] } : b));
    const summary = await restoreBackup(there.db, conflicting);
    expect(summary).toMatchObject({ restored: 1, answersKept: 1, refused: [{ locality: 'Lac-Bleu', templateKey: `${template.id}@${template.version}` }] });
    expect((await loadAnswers(there.db, respondentId)).get('role')?.value).toBe('Newer here');
  });

  it('store nothing at all when the device refuses a write part way (out of space)', async () => {
    await auditOf('Trois-Rivières', 'Agente');
    await auditOf('Lac-Bleu', 'Coordonnateur');
    const bundles = await backedUp();
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const bulkPut = there.db.answers.bulkPut.bind(there.db.answers);
    let calls = 0;
    const failing = (...args: Parameters<typeof bulkPut>) => (++calls === 2 ? Promise.reject(full) : bulkPut(...args));
    const spy = vi.spyOn(there.db.answers, 'bulkPut').mockImplementation(failing as typeof bulkPut);
    try {
      await expect(restoreBackup(there.db, bundles)).rejects.toMatchObject({ name: 'QuotaExceededError' });
      expect(calls).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(await listAudits(there.db)).toEqual([]);
    expect(await there.db.answers.count()).toBe(0);
    expect(await there.db.respondents.count()).toBe(0);
  });
});
