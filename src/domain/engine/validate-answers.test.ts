import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../tests/support/build-template';
import { allTypesTemplate, answersOf } from '../../../tests/support/fixtures';
import { choice, opts, text } from '../../../tests/support/template-builder';
import { fieldKey } from '../answers/answer-keys';
import { validateAnswers } from './validate-answers';

const template = allTypesTemplate();
const codes = (entries: Parameters<typeof answersOf>[0], requireComplete = false) =>
  validateAnswers(template, answersOf(entries), { requireComplete }).map((i) => `${i.key}:${i.code}`);

describe('validateAnswers', () => {
  it('accepts a draft with nothing answered', () => {
    expect(codes({})).toEqual([]);
  });

  it('reports required items only when asked to', () => {
    expect(codes({}, true)).toEqual(['consent:required', 'role:required', 'groups:required']);
    expect(codes({ consent: true, role: 'Officer', groups: ['homeless'], 'group-concern': { homeless: 3 } }, true)).toEqual([]);
  });

  it('checks numbers: type, whole numbers and range', () => {
    expect(codes({ staff: 'ten' })).toEqual(['staff:wrong-type']);
    expect(codes({ staff: 2.5 })).toEqual(['staff:not-an-integer']);
    expect(codes({ staff: -1 })).toEqual(['staff:below-min']);
    expect(codes({ staff: 501 })).toEqual(['staff:above-max']);
    expect(codes({ staff: 12 })).toEqual([]);
  });

  it('checks dates are real and in range', () => {
    expect(codes({ 'visit-date': '2024-02-30' })).toEqual(['visit-date:invalid-date']);
    expect(codes({ 'visit-date': '2019-12-31' })).toEqual(['visit-date:before-min-date']);
    expect(codes({ 'visit-date': '2031-01-01' })).toEqual(['visit-date:after-max-date']);
    expect(codes({ 'visit-date': '2024-02-29' })).toEqual([]);
  });

  it('checks text length and yes-no values', () => {
    expect(codes({ role: 'x'.repeat(81) })).toEqual(['role:too-long']);
    expect(codes({ 'has-protocol': 'maybe' })).toEqual(['has-protocol:wrong-type']);
  });

  it('checks choices: unknown options, "other" text, exclusive options', () => {
    expect(codes({ groups: ['martians'] })).toEqual(['groups:unknown-option']);
    expect(codes({ groups: ['other'] })).toEqual(['groups:other-missing']);
    expect(codes({ groups: { value: ['other'], other: 'Seasonal pickers' } })).toEqual([]);
    expect(codes({ groups: ['none', 'homeless'] })).toEqual(['groups:exclusive-with-others']);
  });

  it('accepts a carried-over "Other": its text is the source\'s, not the question\'s own', () => {
    const groups = { value: ['homeless', 'other'], other: 'Seasonal pickers' };
    expect(codes({ groups, 'main-group': 'other' })).toEqual([]);
    const entry = { partners: ['e1'], [fieldKey('partners', 'e1', 'partner-name')]: 'Shelter' };
    expect(codes({ groups, ...entry, [fieldKey('partners', 'e1', 'partner-groups')]: ['other'] })).toEqual([]);
    expect(codes({ groups, ...entry, [fieldKey('partners', 'e1', 'partner-type')]: 'other' })).toEqual(['partners/e1/partner-type:other-missing']);
  });

  it('accepts a carried-over "Other" in matrix columns drawn from an answer', () => {
    const matrix = {
      type: 'matrix', id: 'm', label: text('m'), rows: opts('r1', 'r2'),
      response: { kind: 'choice', options: { fromAnswer: 'groups' }, multiple: true },
    };
    const withColumns = buildTemplate([choice('groups', opts('a', 'b'), { type: 'multi-choice', other: true }), matrix]);
    const answers = answersOf({ groups: { value: ['a', 'other'], other: 'Pickers' }, m: { r1: ['other'], r2: ['a', 'other'] } });
    expect(validateAnswers(withColumns, answers)).toEqual([]);
  });

  it('allows "don\'t know" and "prefer not to say" only where the template does', () => {
    expect(codes({ staff: { special: 'dont-know' } })).toEqual([]);
    expect(codes({ role: { special: 'dont-know' } })).toEqual(['role:special-not-allowed']);
    expect(codes({ worry: { special: 'prefer-not-to-say' } })).toEqual([]);
    expect(codes({ consent: { special: 'dont-know' } })).toEqual(['consent:special-not-allowed']);
  });

  it('checks matrix cells against the scale and required rows', () => {
    expect(codes({ groups: ['homeless', 'youth-in-care'], 'group-concern': { homeless: 9 } })).toEqual(['group-concern:out-of-scale']);
    const partial = { consent: true, role: 'r', groups: ['homeless', 'youth-in-care'], 'group-concern': { homeless: 2 } };
    expect(codes(partial, true)).toEqual([]);
  });

  it('ignores stale choices from a source that changed, without deleting them', () => {
    const answers = { groups: ['homeless'], 'main-group': 'youth-in-care', 'group-concern': { 'youth-in-care': 4 } };
    expect(codes(answers)).toEqual([]);
  });

  it('checks fields of every list entry, keyed by entry', () => {
    const answers = {
      partners: ['e1', 'e2'],
      [fieldKey('partners', 'e1', 'partner-name')]: 'Shelter',
      [fieldKey('partners', 'e2', 'partner-engagement')]: 7,
    };
    expect(codes(answers, true).filter((c) => c.startsWith('partners/'))).toEqual([
      'partners/e2/partner-name:required',
      'partners/e2/partner-engagement:out-of-scale',
    ]);
  });

  it('does not check hidden items', () => {
    expect(codes({ 'has-protocol': 'no', 'protocol-name': 'x'.repeat(900) })).toEqual([]);
    expect(codes({ 'has-protocol': 'yes', 'protocol-name': 'x'.repeat(900) })).toEqual(['protocol-name:too-long']);
  });

  it('limits a check to the sections asked for', () => {
    const issues = validateAnswers(template, answersOf({}), { requireComplete: true, sections: ['groups-section'] });
    expect(issues.map((i) => i.key)).toEqual(['groups']);
  });
});
