import { afterEach, describe, expect, it } from 'vitest';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { testDatabase } from '../../../tests/support/test-db';
import { importTemplate } from './import-template';

let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

describe('importTemplate', () => {
  it('stores an imported template once', async () => {
    const template = allTypesTemplate();
    expect(await importTemplate(db, template)).toEqual({ ok: true, key: 'all-types@1.0.0', added: true });
    expect(await importTemplate(db, template)).toEqual({ ok: true, key: 'all-types@1.0.0', added: false });
    expect((await db.templates.get('all-types@1.0.0'))?.source).toBe('imported');
  });

  it('refuses different content under a version already on the device', async () => {
    const template = allTypesTemplate();
    await importTemplate(db, template);
    const changed = { ...template, title: { en: 'Changed', fr: 'Modifié' } };
    expect(await importTemplate(db, changed)).toEqual({ ok: false, reason: 'version-exists' });
    expect((await db.templates.get('all-types@1.0.0'))?.template.title.en).toBe('Every item type');
  });
});
