import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { formattersFor } from '../../components/use-formatters';
import { issueText } from './use-issue-text';

const en = createI18n('en').t;
const fr = createI18n('fr').t;

describe('issueText', () => {
  it('says entry limits with the plural their number takes, in English and French', () => {
    expect(issueText(en, { code: 'too-many-entries', params: { max: 1 } })).toBe('Keep at most 1 entry.');
    expect(issueText(en, { code: 'too-many-entries', params: { max: 20 } })).toBe('Keep at most 20 entries.');
    expect(issueText(en, { code: 'too-few-entries', params: { min: 3 } })).toBe('Add at least 3 entries.');
    expect(issueText(fr, { code: 'too-many-entries', params: { max: 1 } })).toBe('Gardez au plus 1 entrée.');
    expect(issueText(fr, { code: 'too-few-entries', params: { min: 2 } })).toBe('Ajoutez au moins 2 entrées.');
  });

  it('counts the rows left of a grid, and says nothing without an issue', () => {
    expect(issueText(en, { code: 'incomplete-rows', params: { missing: 1 } })).toBe('Answer the 1 remaining row.');
    expect(issueText(fr, { code: 'incomplete-rows', params: { missing: 3 } })).toBe('Il reste 3 lignes à remplir.');
    expect(issueText(en, undefined)).toBeUndefined();
  });

  it('shows bounds the way the screen shows numbers and dates', () => {
    expect(issueText(en, { code: 'above-max', params: { max: 100000 } }, formattersFor('en'))).toBe('Enter 100,000 or less.');
    expect(issueText(fr, { code: 'above-max', params: { max: 1000000 } }, formattersFor('fr'))).toMatch(/^Entrez 1\s000\s000 ou moins\.$/);
    expect(issueText(en, { code: 'before-min-date', params: { min: '2026-09-15' } }, formattersFor('en'))).toBe('Enter a date on or after Sep 15, 2026.');
  });
});
