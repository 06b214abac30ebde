import { describe, expect, it } from 'vitest';
import { minimalTemplate, opts, text, yesNo } from '../../../tests/support/template-builder';
import { parseTemplate } from './parse-template';

const issuesOf = (value: unknown) => {
  const result = parseTemplate(value);
  return result.ok ? [] : result.issues.map((i) => ({ code: i.code, path: i.path.join('.'), params: i.params }));
};
const scale = (min: unknown, max: unknown = 5) => ({ min, max, minLabel: text('Low'), maxLabel: text('High') });
const without = (key: string) => Object.fromEntries(Object.entries(minimalTemplate([yesNo('a')])).filter(([name]) => name !== key));
const rating = (more: Record<string, unknown>) => ({ type: 'rating', id: 'r', label: text('R'), ...more });

describe('zod issues in a template author’s terms', () => {
  it('calls an item without "type" missing, not of an unknown type', () => {
    const [issue] = issuesOf(minimalTemplate([{ id: 'a', label: text('A') }]));
    expect(issue).toMatchObject({ code: 'missing', path: 'sections.0.items.0.type' });
    expect(String(issue?.params?.expected)).toContain('"yes-no"');
  });

  it('calls a "type" that is not text a wrong type', () => {
    expect(issuesOf(minimalTemplate([{ type: 7, id: 'a', label: text('A') }]))).toEqual([
      { code: 'wrong-type', path: 'sections.0.items.0.type', params: { expected: 'string', received: 'number' } },
    ]);
  });

  it('calls a missing options source missing, naming the shapes it may take', () => {
    expect(issuesOf(minimalTemplate([{ type: 'single-choice', id: 'a', label: text('A') }]))).toEqual([
      { code: 'missing', path: 'sections.0.items.0.options', params: { expected: 'array | object' } },
    ]);
  });

  it('lists the values a choice of literals allows, or says it is missing', () => {
    expect(issuesOf(minimalTemplate([rating({ scale: scale(3) })]))).toEqual([
      { code: 'invalid-value', path: 'sections.0.items.0.scale.min', params: { allowed: '0, 1' } },
    ]);
    expect(issuesOf(minimalTemplate([rating({ scale: { max: 5, minLabel: text('L'), maxLabel: text('H') } })]))).toEqual([
      { code: 'missing', path: 'sections.0.items.0.scale.min', params: { expected: '0 | 1' } },
    ]);
    expect(issuesOf(without('kind'))[0]).toMatchObject({ code: 'missing', path: 'kind' });
  });

  it('tells a missing or textual format version from an unsupported one', () => {
    expect(issuesOf(without('formatVersion'))).toEqual([{ code: 'missing', path: 'formatVersion', params: { expected: '1' } }]);
    expect(issuesOf({ ...minimalTemplate([yesNo('a')]), formatVersion: '1' })).toEqual([
      { code: 'wrong-type', path: 'formatVersion', params: { expected: 'number', received: 'string' } },
    ]);
  });

  it('reports one problem per place: the wrong type, not also its length', () => {
    expect(issuesOf(minimalTemplate([yesNo('a', { label: { en: [], fr: 'A' } })]))).toEqual([
      { code: 'wrong-type', path: 'sections.0.items.0.label.en', params: { expected: 'string', received: 'array' } },
    ]);
  });

  it('gives the schema’s own bound, not the safe-integer one, for a huge number', () => {
    expect(issuesOf(minimalTemplate([rating({ scale: scale(1, 1e308) })]))).toEqual([
      { code: 'too-large', path: 'sections.0.items.0.scale.max', params: { limit: 10 } },
    ]);
  });

  it('shows an empty condition as {} and bounds a flood of unknown keys', () => {
    expect(issuesOf(minimalTemplate([yesNo('a'), yesNo('b', { visibleWhen: {} })]))[0]).toMatchObject({ params: { keys: '{}' } });
    const flood = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 0]));
    const result = parseTemplate(minimalTemplate([{ ...yesNo('a'), ...flood }], { optionLists: { l: { options: opts('x') } } }));
    expect(result.ok ? 0 : result.issues.length).toBe(50);
  });
});
