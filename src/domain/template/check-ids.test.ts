import { describe, expect, it } from 'vitest';
import { choice, minimalTemplate, opts, yesNo } from '../../../tests/support/template-builder';
import { parseTemplate } from './parse-template';

const issuesOf = (value: unknown) => {
  const result = parseTemplate(value);
  return result.ok ? [] : result.issues.map((i) => ({ code: i.code, path: i.path.join('.'), params: i.params }));
};
const multi = (id: string, options: unknown, more: Record<string, unknown> = {}) => choice(id, options, { type: 'multi-choice', ...more });
const reserved = (path: string) => [{ code: 'reserved-option-id', path, params: { id: 'other' } }];

describe('checkIds', () => {
  it('names where a duplicated id was first used, written like every other path', () => {
    const result = parseTemplate(minimalTemplate([yesNo('a'), yesNo('b'), yesNo('a')]));
    expect(result.ok ? [] : result.issues).toMatchObject([{ code: 'duplicate-id', params: { id: 'a', first: 'sections[0].items[0]' } }]);
  });
});

describe('the reserved option id "other"', () => {
  const withList = (items: unknown[]) => minimalTemplate(items, { optionLists: { l: { options: opts('x', 'other') } } });

  it('is refused in a named list used by a question with its own "Other"', () => {
    expect(issuesOf(withList([choice('a', { list: 'l' }, { other: true })]))).toEqual(reserved('sections.0.items.0.options'));
    const field = choice('f', { list: 'l' }, { other: true });
    const list = { type: 'list', id: 'reg', label: { en: 'R', fr: 'R' }, itemLabel: { en: 'E', fr: 'E' }, entryLabelField: 'name', fields: [{ type: 'text', id: 'name', label: { en: 'N', fr: 'N' } }, field] };
    expect(issuesOf(withList([list]))).toEqual(reserved('sections.0.items.0.fields.1.options'));
  });

  it('is a plain option in a named list used without "Other"', () => {
    expect(issuesOf(withList([choice('a', { list: 'l' })]))).toEqual([]);
  });

  it('is refused when a question with its own "Other" draws from an answer that carries one over', () => {
    expect(issuesOf(minimalTemplate([multi('a', opts('x'), { other: true }), choice('b', { fromAnswer: 'a' }, { other: true })]))).toEqual(reserved('sections.0.items.1.other'));
    const inlineOther = minimalTemplate([multi('a', opts('x', 'other')), choice('b', { fromAnswer: 'a' }, { other: true })]);
    expect(issuesOf(inlineOther)).toEqual(reserved('sections.0.items.1.other'));
  });

  it('follows a chain of answers back to the "Other" it carries', () => {
    const chain = minimalTemplate([multi('a', opts('x'), { other: true }), multi('b', { fromAnswer: 'a' }), choice('c', { fromAnswer: 'b' }, { other: true })]);
    expect(issuesOf(chain)).toEqual(reserved('sections.0.items.2.other'));
  });

  it('allows "Other" on a question whose source has none, or only an exclusive one', () => {
    expect(issuesOf(minimalTemplate([multi('a', opts('x')), choice('b', { fromAnswer: 'a' }, { other: true })]))).toEqual([]);
    const exclusive = [{ id: 'x', label: { en: 'X', fr: 'X' } }, { id: 'other', label: { en: 'None', fr: 'Aucun' }, exclusive: true }];
    expect(issuesOf(minimalTemplate([multi('a', exclusive), choice('b', { fromAnswer: 'a' }, { other: true })]))).toEqual([]);
  });
});
