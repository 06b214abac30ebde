import { describe, expect, it } from 'vitest';
import { minimalTemplate, text } from '../../../tests/support/template-builder';
import { parseTemplate } from './parse-template';

const issuesOf = (value: unknown) => {
  const result = parseTemplate(value);
  return result.ok ? [] : result.issues.map((i) => ({ code: i.code, path: i.path.join('.'), params: i.params }));
};
const register = (labelField: unknown) => ({
  type: 'list', id: 'reg', label: text('reg'), itemLabel: text('Entry'), entryLabelField: 'name',
  fields: [labelField, { type: 'text', id: 'notes', label: text('notes') }],
});

describe('checkConstraints: the field that names entries', () => {
  it('accepts a text or long-text field', () => {
    expect(issuesOf(minimalTemplate([register({ type: 'text', id: 'name', label: text('name') })]))).toEqual([]);
    expect(issuesOf(minimalTemplate([register({ type: 'long-text', id: 'name', label: text('name') })]))).toEqual([]);
  });

  it('refuses any other type: its raw value would name the entry', () => {
    expect(issuesOf(minimalTemplate([register({ type: 'yes-no', id: 'name', label: text('name') })]))).toEqual([
      { code: 'label-field-not-text', path: 'sections.0.items.0.entryLabelField', params: { ref: 'name', type: 'yes-no' } },
    ]);
  });
});
