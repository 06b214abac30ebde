import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/support/fixtures';
import { BACKUP_TYPE, parseBackup } from './backup';

const audit = JSON.parse(readRepoFile('tests/fixtures/report/small-audit.bundle.json')) as { audit: Record<string, unknown> };
const other = { ...audit, audit: { ...audit.audit, id: 'another-audit', locality: 'Lac-Bleu' } };
const backup = (audits: unknown[], more: Record<string, unknown> = {}) => ({ type: BACKUP_TYPE, formatVersion: 1, createdAt: 1, source: { app: 'local-safety-audit', version: '1.0.0' }, audits, ...more });
const problems = (value: unknown) => {
  const result = parseBackup(value);
  return result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path.join('.')}`);
};

describe('parseBackup', () => {
  it('checks every audit file in it, in full', () => {
    const result = parseBackup(backup([audit, other]));
    expect(result.ok && result.bundles.map((b) => b.audit.locality)).toEqual(['Rivière-Verte', 'Lac-Bleu']);
    expect(parseBackup(backup([])).ok).toBe(true);
  });

  it('names a problem inside one audit from the backup’s root', () => {
    const broken = { ...other, audit: { ...other.audit, locality: '' } };
    expect(problems(backup([audit, broken]))).toEqual(['invalid-text@audits.1.audit.locality']);
  });

  it('refuses an audit that appears twice, a bad header, and anything that is not a backup', () => {
    expect(problems(backup([audit, audit]))).toEqual(['duplicate-audit@audits.1.audit.id']);
    expect(problems(backup([audit], { formatVersion: 2 }))).toHaveLength(1);
    expect(problems(backup([audit], { extra: true }))).toHaveLength(1);
    expect(problems(audit).length).toBeGreaterThan(0);
  });
});
