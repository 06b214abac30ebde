import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../tests/support/build-template';
import { allTypesTemplate, answersOf } from '../../../tests/support/fixtures';
import { text, yesNo } from '../../../tests/support/template-builder';
import type { Answers } from '../answers/answer';
import { fieldKey } from '../answers/answer-keys';
import { resolveOptions } from './resolve-options';
import { computeVisibility } from './visibility';

const template = allTypesTemplate();
const context = (answers: Answers) => ({ template, answers, visibility: computeVisibility(template, answers) });

describe('resolveOptions', () => {
  it('resolves a named list', () => {
    const options = resolveOptions({ list: 'groups' }, context(answersOf({})));
    expect(options.map((o) => o.id)).toEqual(['youth-in-care', 'migrant-workers', 'homeless', 'none']);
    expect(options[3]?.exclusive).toBe(true);
  });

  it('offers the options chosen earlier, in the source order, with the "other" text', () => {
    const answers = answersOf({ groups: { value: ['homeless', 'other', 'youth-in-care'], other: 'Seasonal pickers' } });
    const options = resolveOptions({ fromAnswer: 'groups' }, context(answers));
    expect(options.map((o) => o.id)).toEqual(['youth-in-care', 'homeless', 'other']);
    expect(options[2]?.label).toEqual({ kind: 'other', text: 'Seasonal pickers' });
  });

  it('never offers an exclusive "none" option as a choice drawn from an answer', () => {
    const options = resolveOptions({ fromAnswer: 'groups' }, context(answersOf({ groups: ['none'] })));
    expect(options).toEqual([]);
  });

  it('offers nothing while the source is unanswered or answered "don\'t know"', () => {
    expect(resolveOptions({ fromAnswer: 'groups' }, context(answersOf({})))).toEqual([]);
    expect(resolveOptions({ fromAnswer: 'groups' }, context(answersOf({ groups: { special: 'dont-know' } })))).toEqual([]);
  });

  it('offers list entries named by the label field, numbered when unnamed, and none left empty', () => {
    const answers = answersOf({
      partners: ['a1', 'empty', 'b2'],
      [fieldKey('partners', 'a1', 'partner-name')]: '  Youth Shelter ',
      [fieldKey('partners', 'b2', 'partner-type')]: 'police',
    });
    const options = resolveOptions({ fromEntries: 'partners' }, context(answers));
    const itemLabel = { en: 'Partner', fr: 'Partenaire' };
    expect(options).toEqual([
      { id: 'a1', label: { kind: 'entry', number: 1, text: 'Youth Shelter', itemLabel } },
      { id: 'b2', label: { kind: 'entry', number: 3, text: undefined, itemLabel } },
    ]);
  });

  it('names an entry only by a label field that is shown for that entry', () => {
    const register = {
      type: 'list', id: 'reg', label: text('reg'), itemLabel: text('Entry'), entryLabelField: 'name',
      fields: [yesNo('named'), { type: 'text', id: 'name', label: text('name'), visibleWhen: { item: 'named', equals: 'yes' } }],
    };
    const withHiddenName = buildTemplate([register]);
    const answers = answersOf({
      reg: ['e1', 'e2'],
      [fieldKey('reg', 'e1', 'named')]: 'yes',
      [fieldKey('reg', 'e1', 'name')]: 'Shelter',
      [fieldKey('reg', 'e2', 'named')]: 'no',
      [fieldKey('reg', 'e2', 'name')]: 'Kept but hidden',
    });
    const visibility = computeVisibility(withHiddenName, answers);
    const options = resolveOptions({ fromEntries: 'reg' }, { template: withHiddenName, answers, visibility });
    expect(options.map((o) => (o.label.kind === 'entry' ? o.label.text : o.label.kind))).toEqual(['Shelter', undefined]);
  });

  it('resolves 200 list entries quickly', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `e${i}`);
    const entries: Record<string, string | string[]> = { partners: ids };
    ids.forEach((id, i) => (entries[fieldKey('partners', id, 'partner-name')] = `Org ${i}`));
    const started = performance.now();
    const options = resolveOptions({ fromEntries: 'partners' }, context(answersOf(entries)));
    expect(options).toHaveLength(200);
    expect(options[199]?.label).toMatchObject({ kind: 'entry', number: 200, text: 'Org 199' });
    expect(performance.now() - started).toBeLessThan(200);
  });
});
