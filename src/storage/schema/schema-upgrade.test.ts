import { describe, expect, it } from 'vitest';
import { upgradeFrom } from '../../../tests/support/schema-harness';
import { SCHEMA_VERSIONS } from '../database';

describe('schema versions', () => {
  it('the current database opens at the latest version', async () => {
    const db = await upgradeFrom(SCHEMA_VERSIONS.length, async () => undefined);
    expect(db.verno).toBe(SCHEMA_VERSIONS.length);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['answers', 'audits', 'plans', 'respondents', 'settings', 'templates']);
    await db.delete();
  });

  it('keeps every record written by version 1', async () => {
    const db = await upgradeFrom(1, async (old) => {
      await old.table('audits').add({ id: 'a1', locality: 'L', leadOrganisation: 'O', language: 'fr', templateKey: 't@1.0.0', templateTitle: { en: 'T' }, status: 'active', deletedAt: 0, createdAt: 1, updatedAt: 2 });
      await old.table('answers').add({ respondentId: 'r1', key: 'q', auditId: 'a1', answer: { value: 'oui' }, updatedAt: 3 });
    });
    expect(await db.audits.get('a1')).toMatchObject({ locality: 'L', language: 'fr' });
    expect(await db.answers.get(['r1', 'q'])).toMatchObject({ answer: { value: 'oui' } });
    expect(await db.answers.where('auditId').equals('a1').count()).toBe(1);
    await db.delete();
  });

  it('refuses a version that does not exist', async () => {
    await expect(upgradeFrom(SCHEMA_VERSIONS.length + 1, async () => undefined)).rejects.toThrow(/no schema version/);
  });
});
