import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../tests/support/build-template';
import { answersOf } from '../../../tests/support/fixtures';
import { choice, opts, text, yesNo } from '../../../tests/support/template-builder';
import { fieldKey } from '../answers/answer-keys';
import { computeProgress } from './progress';
import { computeVisibility } from './visibility';

const multi = (id: string, options: unknown, more: Record<string, unknown> = {}) => choice(id, options, { type: 'multi-choice', ...more });
const scale = { min: 1, max: 5, minLabel: text('low'), maxLabel: text('high') };

// groups -> main-group (fromAnswer) -> follow-up shown once main-group is answered.
const chain = buildTemplate([
  multi('groups', opts('a', 'b', 'c')),
  choice('main-group', { fromAnswer: 'groups' }),
  yesNo('follow-up', { visibleWhen: { item: 'main-group', answered: true } }),
  yesNo('about-a', { visibleWhen: { item: 'main-group', equals: 'a' } }),
  multi('worst', { fromAnswer: 'groups' }),
  yesNo('worst-a', { visibleWhen: { item: 'worst', includes: 'a' } }),
  { type: 'matrix', id: 'concern', label: text('concern'), rows: { fromAnswer: 'groups' }, response: { kind: 'scale', scale } },
  yesNo('concern-done', { visibleWhen: { item: 'concern', answered: true } }),
]);

describe('computeVisibility: conditions read what still counts', () => {
  it('hides what depends on a choice whose source was unticked, as progress counts it', () => {
    const before = answersOf({ groups: ['a', 'b'], 'main-group': 'a' });
    expect(computeVisibility(chain, before).isItemVisible('follow-up')).toBe(true);
    const after = answersOf({ groups: ['b'], 'main-group': 'a' });
    const visibility = computeVisibility(chain, after);
    expect(visibility.isItemVisible('follow-up')).toBe(false);
    expect(visibility.isItemVisible('about-a')).toBe(false);
    expect(visibility.visibleAnswer('main-group')?.value).toBeUndefined();
    // Progress: groups answered; main-group, worst and concern offered but empty; follow-up hidden.
    expect(computeProgress(chain, after, { visibility })).toMatchObject({ total: 4, answered: 1 });
  });

  it('shows it again when the group is ticked again, the stored answer having been kept', () => {
    const again = answersOf({ groups: ['a', 'b'], 'main-group': 'a' });
    expect(computeVisibility(chain, again).isItemVisible('about-a')).toBe(true);
  });

  it('tests "includes" against the choices still offered', () => {
    const answers = answersOf({ groups: ['b'], worst: ['a', 'b'] });
    const visibility = computeVisibility(chain, answers);
    expect(visibility.isItemVisible('worst-a')).toBe(false);
    expect(visibility.visibleAnswer('worst')?.value).toEqual(['b']);
  });

  it('treats a matrix whose rows all went away as unanswered', () => {
    expect(computeVisibility(chain, answersOf({ groups: ['a'], concern: { a: 3 } })).isItemVisible('concern-done')).toBe(true);
    expect(computeVisibility(chain, answersOf({ groups: ['b'], concern: { a: 3 } })).isItemVisible('concern-done')).toBe(false);
  });

  it('reads the effective answer of a sibling field drawn from an answer', () => {
    const register = {
      type: 'list', id: 'reg', label: text('reg'), itemLabel: text('Entry'), entryLabelField: 'name',
      fields: [
        { type: 'text', id: 'name', label: text('name') },
        choice('entry-group', { fromAnswer: 'groups' }),
        yesNo('entry-detail', { visibleWhen: { item: 'entry-group', answered: true } }),
      ],
    };
    const template = buildTemplate([multi('groups', opts('a', 'b')), register]);
    const stored = { reg: ['e1'], [fieldKey('reg', 'e1', 'entry-group')]: 'a' };
    expect(computeVisibility(template, answersOf({ groups: ['a'], ...stored })).isFieldVisible('reg', 'e1', 'entry-detail')).toBe(true);
    expect(computeVisibility(template, answersOf({ groups: ['b'], ...stored })).isFieldVisible('reg', 'e1', 'entry-detail')).toBe(false);
  });

  it('reads the effective answer of a choice drawn from register entries', () => {
    const register = { type: 'list', id: 'reg', label: text('reg'), itemLabel: text('Entry'), entryLabelField: 'name', fields: [{ type: 'text', id: 'name', label: text('name') }] };
    const template = buildTemplate([register, choice('lead', { fromEntries: 'reg' }), yesNo('lead-ok', { visibleWhen: { item: 'lead', answered: true } })]);
    expect(computeVisibility(template, answersOf({ reg: ['e1', 'e2'], 'reg/e2/name': 'Shelter', lead: 'e2' })).isItemVisible('lead-ok')).toBe(true);
    // An entry left empty is nothing to choose: a choice of it does not count.
    expect(computeVisibility(template, answersOf({ reg: ['e1', 'e2'], lead: 'e2' })).isItemVisible('lead-ok')).toBe(false);
    expect(computeVisibility(template, answersOf({ reg: ['e1'], lead: 'e2' })).isItemVisible('lead-ok')).toBe(false);
  });
});

describe('computeVisibility: cost on a large template', () => {
  it('settles 1,200 items, a third of them drawn from an answer and read by conditions, quickly', () => {
    const groupIds = Array.from({ length: 20 }, (_, i) => `g${i}`);
    const items: unknown[] = [multi('groups', opts(...groupIds), { other: true })];
    for (let k = 0; items.length < 1200; k++) {
      items.push(choice(`pick-${k}`, { fromAnswer: 'groups' }), yesNo(`pick-ok-${k}`, { visibleWhen: { item: `pick-${k}`, answered: true } }));
      items.push(yesNo(`static-${k}`), yesNo(`static-ok-${k}`, { visibleWhen: { item: `static-${k}`, equals: 'yes' } }));
    }
    const template = buildTemplate(items);
    const stored: Record<string, string | string[]> = { groups: groupIds.slice(0, 10) };
    for (let k = 0; k < 300; k++) Object.assign(stored, { [`pick-${k}`]: groupIds[k % 20] as string, [`static-${k}`]: 'yes' });
    const answers = answersOf(stored);
    const started = performance.now();
    const visibility = computeVisibility(template, answers);
    expect(performance.now() - started).toBeLessThan(100);
    expect(visibility.isItemVisible('pick-ok-9')).toBe(true);
    expect(visibility.isItemVisible('pick-ok-10')).toBe(false);
  });
});
