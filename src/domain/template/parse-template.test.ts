import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/support/fixtures';
import { choice, minimalTemplate, opts, text, yesNo } from '../../../tests/support/template-builder';
import { parseTemplate, parseTemplateText } from './parse-template';

const issuesOf = (value: unknown) => {
  const result = parseTemplate(value);
  return result.ok ? [] : result.issues.map((i) => ({ code: i.code, path: i.path.join('.'), near: i.near, params: i.params }));
};
const codesOf = (value: unknown) => issuesOf(value).map((i) => i.code);

describe('parseTemplate: shape', () => {
  it('accepts the all-types fixture and returns typed data', () => {
    const result = parseTemplateText(readRepoFile('tests/fixtures/templates/all-types.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.template.sections.map((s) => s.id)).toEqual(['intro', 'groups-section', 'partners-section']);
  });

  it('recognises an audit file, an encrypted file or a backup, and says where it goes', () => {
    for (const type of ['local-safety-audit-bundle', 'local-safety-audit-sealed', 'local-safety-audit-backup']) {
      const result = parseTemplateText(JSON.stringify({ type, formatVersion: 1 }));
      expect(result.ok ? [] : result.issues.map((i) => i.code), type).toEqual(['audit-file-not-template']);
    }
  });

  it('names a missing key and its place', () => {
    const bad = minimalTemplate([{ type: 'text', id: 'a' }]);
    expect(issuesOf(bad)).toEqual([{ code: 'missing', path: 'sections.0.items.0.label', near: 'a', params: { expected: 'object' } }]);
  });

  it('names a wrong type with what was found', () => {
    const bad = minimalTemplate([{ type: 'text', id: 'a', label: text('A'), required: 'yes' }]);
    expect(issuesOf(bad)[0]).toMatchObject({ code: 'wrong-type', path: 'sections.0.items.0.required', params: { expected: 'boolean', received: 'string' } });
  });

  it('reports an unknown key by name', () => {
    const bad = minimalTemplate([{ type: 'text', id: 'a', lable: text('A'), label: text('A') }]);
    expect(issuesOf(bad)).toEqual([{ code: 'unknown-key', path: 'sections.0.items.0.lable', near: 'a', params: { key: 'lable' } }]);
  });

  it('reports an unknown item type with the known ones', () => {
    const [issue] = issuesOf(minimalTemplate([{ type: 'slider', id: 'a', label: text('A') }]));
    expect(issue?.code).toBe('unknown-item-type');
    expect(issue?.params).toMatchObject({ type: 'slider' });
    expect(String(issue?.params?.allowed)).toContain('multi-choice');
  });

  it('reports an unsupported format version', () => {
    expect(codesOf({ ...minimalTemplate([yesNo('a')]), formatVersion: 2 })).toEqual(['unsupported-format-version']);
  });

  it('explains bad ids, versions and language codes', () => {
    expect(codesOf(minimalTemplate([yesNo('Bad Id')]))).toEqual(['invalid-id']);
    expect(codesOf({ ...minimalTemplate([yesNo('a')]), version: '1.0' })).toEqual(['invalid-version']);
    expect(codesOf(minimalTemplate([{ ...yesNo('a'), label: { EN: 'A', fr: 'A' } }]))).toContain('invalid-language-code');
  });

  it('picks the intended shape of a condition or options source', () => {
    const typo = minimalTemplate([yesNo('a'), yesNo('b', { visibleWhen: { item: 'a', equalz: 'yes' } })]);
    expect(issuesOf(typo)[0]).toMatchObject({ code: 'no-matching-shape', path: 'sections.0.items.1.visibleWhen', params: { kind: 'condition' } });
    const deep = minimalTemplate([yesNo('a'), choice('b', [{ id: 'x', label: 3 }])]);
    expect(issuesOf(deep)[0]).toMatchObject({ code: 'wrong-type', path: 'sections.0.items.1.options.0.label' });
  });

  it('rejects what is not an object, and an empty sections list', () => {
    expect(codesOf([])).toEqual(['not-an-object']);
    expect(codesOf({ ...minimalTemplate([yesNo('a')]), sections: [] })).toEqual(['too-few']);
  });
});

describe('parseTemplateText: the file itself', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const result = parseTemplateText('{\n  "id": "x"\n  "version": "1.0.0"\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'invalid-json', params: { line: 3, column: 3 } });
  });

  it('rejects an empty file and accepts a byte-order mark', () => {
    const empty = parseTemplateText('  \n');
    expect(empty.ok ? [] : empty.issues.map((i) => i.code)).toEqual(['empty-file']);
    expect(parseTemplateText(`\ufeff${JSON.stringify(minimalTemplate([yesNo('a')]))}`).ok).toBe(true);
  });

  it('rejects prototype keys and deep nesting before looking at the shape', () => {
    const proto = parseTemplateText('{"formatVersion":1,"__proto__":{"polluted":true}}');
    expect(proto.ok ? [] : proto.issues.map((i) => i.code)).toEqual(['forbidden-key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = parseTemplateText(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(deep.ok ? [] : deep.issues.map((i) => i.code)).toEqual(['too-deep']);
  });
});

describe('parseTemplate: meaning', () => {
  it('finds duplicate ids across sections, items and list fields', () => {
    const list = { type: 'list', id: 'l', label: text('L'), itemLabel: text('E'), entryLabelField: 'a', fields: [{ type: 'text', id: 'a', label: text('A') }] };
    const issues = issuesOf(minimalTemplate([yesNo('a'), list, yesNo('s1')]));
    expect(issues.map((i) => [i.code, i.params?.id])).toEqual([
      ['duplicate-id', 'a'],
      ['duplicate-id', 's1'],
    ]);
  });

  it('finds duplicate and reserved option ids', () => {
    expect(codesOf(minimalTemplate([choice('a', opts('x', 'x'))]))).toEqual(['duplicate-option-id']);
    expect(codesOf(minimalTemplate([choice('a', opts('x', 'other'), { other: true })]))).toEqual(['reserved-option-id']);
  });

  it('requires every text in every declared language, and only those', () => {
    const issues = issuesOf(minimalTemplate([{ ...yesNo('a'), label: { en: 'A', de: 'A' } }]));
    expect(issues.map((i) => `${i.code}:${i.path}:${i.params?.language}`)).toEqual([
      'missing-translation:sections.0.items.0.label:fr',
      'undeclared-language:sections.0.items.0.label.de:de',
    ]);
  });

  it('rejects unknown, later and self references', () => {
    expect(codesOf(minimalTemplate([yesNo('a', { visibleWhen: { item: 'zz', equals: 'yes' } })]))).toEqual(['unknown-reference']);
    expect(codesOf(minimalTemplate([yesNo('a', { visibleWhen: { item: 'b', equals: 'yes' } }), yesNo('b')]))).toEqual(['forward-reference']);
    expect(codesOf(minimalTemplate([yesNo('a', { visibleWhen: { item: 'a', equals: 'yes' } })]))).toEqual(['self-reference']);
  });

  it('reports a loop of references once, with its path', () => {
    const issues = issuesOf(minimalTemplate([
      choice('a', { fromAnswer: 'b' }),
      choice('b', { fromAnswer: 'a' }),
    ]));
    expect(issues.map((i) => i.code)).toEqual(['reference-cycle']);
    expect(String(issues[0]?.params?.cycle)).toMatch(/^(a → b → a|b → a → b)$/);
  });

  it('checks what a reference points at', () => {
    const wrongKind = minimalTemplate([{ type: 'text', id: 't', label: text('T') }, choice('c', { fromAnswer: 't' })]);
    expect(issuesOf(wrongKind)[0]).toMatchObject({ code: 'wrong-reference-kind', params: { ref: 't', actual: 'text' } });
    const notList = minimalTemplate([yesNo('a'), choice('c', { fromEntries: 'a' })]);
    expect(codesOf(notList)).toEqual(['wrong-reference-kind']);
    expect(codesOf(minimalTemplate([choice('c', { list: 'nope' })]))).toEqual(['unknown-option-list']);
  });

  it('lets list fields read earlier siblings, not fields of other lists', () => {
    const field = (id: string, more = {}) => ({ type: 'text', id, label: text(id), ...more });
    const list = (id: string, fields: unknown[]) => ({ type: 'list', id, label: text(id), itemLabel: text('E'), entryLabelField: (fields[0] as { id: string }).id, fields });
    const ok = minimalTemplate([list('l1', [field('f1'), field('f2', { visibleWhen: { item: 'f1', answered: true } })])]);
    expect(codesOf(ok)).toEqual([]);
    const later = minimalTemplate([list('l1', [field('f1', { visibleWhen: { item: 'f2', answered: true } }), field('f2')])]);
    expect(codesOf(later)).toEqual(['forward-reference']);
    const other = minimalTemplate([list('l1', [field('f1')]), list('l2', [field('f2', { visibleWhen: { item: 'f1', answered: true } })])]);
    expect(codesOf(other)).toEqual(['out-of-scope-reference']);
    const outside = minimalTemplate([list('l1', [field('f1')]), yesNo('q', { visibleWhen: { item: 'f1', answered: true } })]);
    expect(codesOf(outside)).toEqual(['out-of-scope-reference']);
    const ownList = minimalTemplate([list('l1', [field('f1'), { ...choice('f2', { fromEntries: 'l1' }) }])]);
    expect(codesOf(ownList)).toEqual(['self-reference']);
  });

  it('checks that a condition suits the item it reads', () => {
    expect(codesOf(minimalTemplate([yesNo('a'), yesNo('b', { visibleWhen: { item: 'a', includes: 'yes' } })]))).toEqual(['condition-type-mismatch']);
    expect(codesOf(minimalTemplate([yesNo('a'), yesNo('b', { visibleWhen: { item: 'a', greaterThan: 1 } })]))).toEqual(['condition-type-mismatch']);
    expect(codesOf(minimalTemplate([yesNo('a'), yesNo('b', { visibleWhen: { item: 'a', equals: 'oui' } })]))).toEqual(['unknown-option-in-condition']);
    const named = minimalTemplate([choice('a', { list: 'l' }), yesNo('b', { visibleWhen: { item: 'a', equals: 'zz' } })], {
      optionLists: { l: { options: opts('x') } },
    });
    expect(issuesOf(named)[0]).toMatchObject({ code: 'unknown-option-in-condition', params: { option: 'zz', allowed: 'x' } });
  });

  it('checks ranges, list label fields and required notices', () => {
    expect(codesOf(minimalTemplate([{ type: 'number', id: 'n', label: text('N'), min: 5, max: 1 }]))).toEqual(['min-greater-than-max']);
    const list = { type: 'list', id: 'l', label: text('L'), itemLabel: text('E'), entryLabelField: 'zz', fields: [{ type: 'text', id: 'a', label: text('A') }] };
    expect(codesOf(minimalTemplate([list]))).toEqual(['unknown-field']);
    expect(codesOf(minimalTemplate([{ type: 'notice', id: 'n', text: text('N'), required: true }]))).toEqual(['notice-needs-acknowledge']);
  });

  it('accepts markup in labels as plain text', () => {
    expect(codesOf(minimalTemplate([yesNo('a', { label: { en: '<img src=x onerror=alert(1)>', fr: '<b>x</b>' } })]))).toEqual([]);
  });
});
