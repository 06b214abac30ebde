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

describe('checkConstraints: choices against the options there are', () => {
  const named = (more: Record<string, unknown>, list: Record<string, unknown> = {}) =>
    minimalTemplate([{ type: 'multi-choice', id: 'm', label: text('m'), options: { list: 'l' }, ...more }], { optionLists: { l: { options: [{ id: 'x', label: text('x') }, { id: 'y', label: text('y') }], ...list } } });

  it('compares minSelected and maxSelected with the size of a named list, counting "Other"', () => {
    expect(issuesOf(named({ minSelected: 2, maxSelected: 2 }))).toEqual([]);
    expect(issuesOf(named({ minSelected: 3, other: true }))).toEqual([]);
    expect(issuesOf(named({ minSelected: 3 }))).toEqual([{ code: 'too-large', path: 'sections.0.items.0.minSelected', params: { limit: 2 } }]);
    expect(issuesOf(named({ maxSelected: 4, other: true }))).toEqual([{ code: 'too-large', path: 'sections.0.items.0.maxSelected', params: { limit: 3 } }]);
  });

  it('compares maxSelected with the number of inline options too', () => {
    const inline = minimalTemplate([{ type: 'multi-choice', id: 'm', label: text('m'), options: [{ id: 'x', label: text('x') }], maxSelected: 2 }]);
    expect(issuesOf(inline)).toEqual([{ code: 'too-large', path: 'sections.0.items.0.maxSelected', params: { limit: 1 } }]);
  });

  it('reports an analysis dimension that differs from the named list’s', () => {
    expect(issuesOf(named({ analysis: { measure: 'presence', dimension: 'group' } }, { dimension: 'group' }))).toEqual([]);
    expect(issuesOf(named({ analysis: { measure: 'presence' } }, { dimension: 'group' }))).toEqual([]);
    expect(issuesOf(named({ analysis: { measure: 'presence', dimension: 'sector' } }))).toEqual([]);
    expect(issuesOf(named({ analysis: { measure: 'presence', dimension: 'sector' } }, { dimension: 'group' }))).toEqual([
      { code: 'dimension-mismatch', path: 'sections.0.items.0.analysis.dimension', params: { dimension: 'sector', listDimension: 'group' } },
    ]);
  });

  it('compares a matrix’s dimension with its rows’ list, not its columns’', () => {
    const matrix = (dimension: string) => minimalTemplate(
      [{ type: 'matrix', id: 'm', label: text('m'), rows: { list: 'rows' }, response: { kind: 'choice', options: { list: 'cols' }, multiple: false }, analysis: { measure: 'trend', dimension } }],
      { optionLists: { rows: { dimension: 'sector', options: [{ id: 'x', label: text('x') }] }, cols: { dimension: 'group', options: [{ id: 'y', label: text('y') }] } } },
    );
    expect(issuesOf(matrix('sector'))).toEqual([]);
    expect(issuesOf(matrix('group'))).toMatchObject([{ code: 'dimension-mismatch', path: 'sections.0.items.0.analysis.dimension' }]);
  });
});

describe('checkConstraints: dates', () => {
  const date = (more: Record<string, unknown>) => minimalTemplate([{ type: 'date', id: 'd', label: text('d'), ...more }]);

  it('requires min and max to be real calendar dates', () => {
    expect(issuesOf(date({ min: '2024-02-29', max: '2025-12-31' }))).toEqual([]);
    expect(issuesOf(date({ min: '2025-02-30' }))).toEqual([{ code: 'invalid-date', path: 'sections.0.items.0.min', params: undefined }]);
    expect(issuesOf(date({ max: '2025-13-01' }))).toEqual([{ code: 'invalid-date', path: 'sections.0.items.0.max', params: undefined }]);
  });
});
