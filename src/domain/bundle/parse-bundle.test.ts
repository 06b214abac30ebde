import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/support/fixtures';
import { parseBundle, parseBundleText } from './parse-bundle';

const template = JSON.parse(readRepoFile('tests/fixtures/templates/all-types.json')) as Record<string, unknown>;

function bundle(more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'local-safety-audit-bundle',
    formatVersion: 1,
    exportedAt: 1,
    source: { app: 'local-safety-audit', version: '0.1.0' },
    audit: { id: 'a1', locality: 'Riverbend', leadOrganisation: 'City', language: 'en', templateKey: 'all-types@1.0.0', status: 'active', createdAt: 1, updatedAt: 2 },
    templates: [template],
    respondents: [{ id: 'r1', code: 'INT-01', type: 'interview', templateKey: 'all-types@1.0.0', excludedSections: [], completedSections: [], createdAt: 1, updatedAt: 2 }],
    answers: [{ respondentId: 'r1', key: 'role', answer: { value: 'Officer' }, updatedAt: 2 }],
    ...more,
  };
}

const codes = (value: unknown) => {
  const result = parseBundle(value);
  return result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path.join('.')}`);
};

describe('parseBundle', () => {
  it('accepts a valid bundle and returns its templates validated', () => {
    const result = parseBundle(bundle());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.bundle.templates[0]?.id).toBe('all-types');
  });

  it('says when a file is not an audit bundle, or of another version', () => {
    expect(codes(template)).toEqual(['template-not-audit@']);
    expect(codes({ type: 'something-else' })).toEqual(['not-a-bundle@type']);
    expect(codes(bundle({ formatVersion: 9 }))).toEqual(['unsupported-bundle-version@formatVersion']);
    expect(codes(bundle({ formatVersion: '1' }))).toEqual(['wrong-type@formatVersion']);
    expect(codes(bundle({ formatVersion: undefined }))).toEqual(['missing@formatVersion']);
    expect(codes([])).toEqual(['bundle-not-an-object@']);
  });

  it('names shape problems by path', () => {
    expect(codes(bundle({ audit: { id: 'a1' } }))).toContain('missing@audit.locality');
    expect(codes(bundle({ answers: [{ respondentId: 'r1', key: 'k', answer: { value: 'x', colour: 'red' }, updatedAt: 1 }] }))).toEqual(['unknown-key@answers.0.answer.colour']);
  });

  it('refuses days that do not exist and moments no date can show, naming where', () => {
    const audit = (patch: Record<string, unknown>) => bundle({ audit: { ...(bundle().audit as Record<string, unknown>), ...patch } });
    expect(codes(audit({ periodStart: '2026-13-45' }))).toEqual(['invalid-date@audit.periodStart']);
    expect(codes(audit({ periodEnd: '2027-02-30' }))).toEqual(['invalid-date@audit.periodEnd']);
    expect(codes(audit({ periodEnd: '2026-1-5' }))).toEqual(['invalid-date@audit.periodEnd']);
    expect(codes(audit({ periodStart: '2028-02-29', periodEnd: '2028-12-31' }))).toEqual([]);
    expect(codes(audit({ periodStart: '2028-03-01', periodEnd: '2028-02-29' }))).toEqual(['period-end-before-start@audit.periodEnd']);
    expect(codes(audit({ periodStart: '2028-03-01', periodEnd: '2028-03-01' }))).toEqual([]);
    expect(codes(audit({ updatedAt: 1e300 }))).toEqual(['too-large@audit.updatedAt']);
    expect(codes(audit({ createdAt: -5 }))).toEqual(['too-small@audit.createdAt']);
    expect(codes(bundle({ exportedAt: 1.5 }))).toEqual(['not-an-integer@exportedAt']);
    const action = { id: 'a1', description: 'D', supporting: [], resources: '', start: '2026-13-45', status: 'planned' };
    const plan = { formatVersion: 1, problemStatement: '', priorities: [{ id: 'p1', title: 'T', objective: 'O', actions: [action], indicators: [] }], monitoring: { who: '', frequency: 'yearly', protocols: '' }, overrides: [], updatedAt: 1 };
    expect(codes(bundle({ plan }))).toEqual(['invalid-date@plan.priorities.0.actions.0.start']);
  });

  it('validates every template in full and reports where', () => {
    const broken = { ...template, languages: ['en', 'fr', 'de'] };
    const issues = codes(bundle({ templates: [broken] }));
    expect(issues[0]).toBe('invalid-template-in-bundle@templates.0');
    expect(issues.slice(1).every((i) => i.startsWith('missing-translation@templates.0.'))).toBe(true);
  });

  it('checks references between audit, respondents, answers and templates', () => {
    expect(codes(bundle({ answers: [{ respondentId: 'ghost', key: 'role', answer: { value: 'x' }, updatedAt: 1 }] }))).toEqual(['unknown-respondent@answers.0.respondentId']);
    const respondents = bundle().respondents as Record<string, unknown>[];
    expect(codes(bundle({ respondents: [...respondents, respondents[0]] }))).toEqual(['duplicate-respondent@respondents.1.id']);
    expect(codes(bundle({ audit: { ...(bundle().audit as object), templateKey: 'nope@1.0.0' } }))).toEqual(['unknown-template@audit.templateKey']);
    expect(codes(bundle({ templates: [template, template] }))).toEqual(['duplicate-template@templates.1']);
  });

  it('refuses a respondent leaving out or completing a section its template does not have', () => {
    const respondent = (bundle().respondents as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(codes(bundle({ respondents: [{ ...respondent, excludedSections: ['intro', 'no-such-section'], completedSections: ['nowhere'] }] }))).toEqual([
      'unknown-section@respondents.0.excludedSections.1',
      'unknown-section@respondents.0.completedSections.0',
    ]);
  });

  it('refuses answers its questionnaire could never have stored, naming each', () => {
    const answer = (key: string, value: unknown, more: Record<string, unknown> = {}) => ({ respondentId: 'r1', key, answer: { value }, updatedAt: 1, ...more });
    const fit = (...answers: Record<string, unknown>[]) => codes(bundle({ answers }));
    expect(fit(answer('staff', 'lots'))).toEqual(['answer-does-not-fit@answers.0.answer.value']);
    expect(fit(answer('staff', 12), answer('visit-date', '2026-02-30'), answer('has-protocol', 'maybe'), answer('worry', 7))).toEqual([
      'answer-does-not-fit@answers.1.answer.value',
      'answer-does-not-fit@answers.2.answer.value',
      'answer-does-not-fit@answers.3.answer.value',
    ]);
    expect(fit(answer('groups', 'homeless'), answer('main-group', ['homeless']), answer('partners', 'e1'))).toHaveLength(3);
    expect(fit(answer('group-concern', { homeless: 'high' }), answer('group-partners', { homeless: 'police' }), answer('consent', 'yes'))).toHaveLength(3);
    expect(fit(answer('nowhere', 'x'), answer('partners/e1/colour', 'red'), answer('partner-name', 'x'))).toEqual([
      'answer-unknown-question@answers.0.key',
      'answer-unknown-question@answers.1.key',
      'answer-unknown-question@answers.2.key',
    ]);
    // What the questionnaire stores passes, a draft above its maximum and a cleared answer too.
    expect(
      fit(
        answer('staff', 1e6),
        answer('visit-date', '2026-02-28'),
        answer('worry', 5),
        answer('groups', ['homeless', 'other'], { answer: { value: ['homeless', 'other'], other: 'Pickers' } }),
        answer('group-concern', { homeless: 3 }),
        answer('partner-concern', { homeless: 'police' }),
        answer('group-partners', { homeless: ['police', 'ngo'] }),
        answer('partners', ['e1']),
        answer('partners/e1/partner-engagement', 4),
        answer('consent', true),
        { respondentId: 'r1', key: 'staff', answer: { special: 'dont-know' }, updatedAt: 1 },
        { respondentId: 'r1', key: 'gone-question', answer: {}, updatedAt: 1, cleared: true },
      ),
    ).toEqual([]);
  });

  it('refuses times later than tomorrow on this device, which would win every merge', () => {
    const now = Date.UTC(2026, 11, 5);
    const future = (patch: Record<string, unknown>) => {
      const result = parseBundle(bundle(patch), now);
      return result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path.join('.')}`);
    };
    expect(future({ answers: [{ respondentId: 'r1', key: 'role', answer: { value: 'x' }, updatedAt: 9_999_999_999_999 }] })).toEqual(['time-in-future@answers.0.updatedAt']);
    expect(future({ exportedAt: now + 2 * 86_400_000 })).toEqual(['time-in-future@exportedAt']);
    expect(future({ exportedAt: now + 3_600_000 })).toEqual([]);
  });

  it('rejects prototype keys and broken JSON text without throwing', () => {
    const proto = parseBundleText('{"type":"local-safety-audit-bundle","__proto__":{"x":1}}');
    expect(proto.ok ? [] : proto.issues.map((i) => i.code)).toEqual(['forbidden-key']);
    const broken = parseBundleText('{"type":');
    expect(broken.ok ? [] : broken.issues.map((i) => i.code)).toEqual(['invalid-json']);
  });
});
