import { describe, expect, it } from 'vitest';
import { allTypesTemplate, answersOf } from '../../../tests/support/fixtures';
import { fieldKey } from '../answers/answer-keys';
import { computeVisibility } from './visibility';

const template = allTypesTemplate();

describe('computeVisibility', () => {
  it('shows unconditional items and hides conditional ones without answers', () => {
    const v = computeVisibility(template, answersOf({}));
    expect(v.isItemVisible('role')).toBe(true);
    expect(v.isItemVisible('protocol-name')).toBe(false);
    expect(v.isItemVisible('signals')).toBe(false);
    expect(v.isSectionVisible('groups-section')).toBe(true);
  });

  it('evaluates equals on a yes-no answer', () => {
    expect(computeVisibility(template, answersOf({ 'has-protocol': 'yes' })).isItemVisible('protocol-name')).toBe(true);
    expect(computeVisibility(template, answersOf({ 'has-protocol': 'no' })).isItemVisible('protocol-name')).toBe(false);
  });

  it('treats "don\'t know" as answered but equal to nothing', () => {
    const v = computeVisibility(template, answersOf({ 'has-protocol': { value: 'yes', special: 'dont-know' } }));
    expect(v.isItemVisible('protocol-name')).toBe(false);
  });

  it('combines all, includes and not with a number comparison', () => {
    const shown = answersOf({ groups: ['migrant-workers'], worry: 4 });
    expect(computeVisibility(template, shown).isItemVisible('signals')).toBe(true);
    const lowWorry = answersOf({ groups: ['migrant-workers'], worry: 2 });
    expect(computeVisibility(template, lowWorry).isItemVisible('signals')).toBe(false);
    const otherGroup = answersOf({ groups: ['homeless'], worry: 5 });
    expect(computeVisibility(template, otherGroup).isItemVisible('signals')).toBe(false);
  });

  it('hides what depends on a hidden item even when that item keeps an answer', () => {
    const answers = answersOf({ groups: ['migrant-workers'], worry: 5, signals: 12 });
    expect(computeVisibility(template, answers).isItemVisible('signals-detail')).toBe(true);
    const hiddenAgain = answersOf({ groups: ['homeless'], worry: 5, signals: 12 });
    const v = computeVisibility(template, hiddenAgain);
    expect(v.isItemVisible('signals')).toBe(false);
    expect(v.isItemVisible('signals-detail')).toBe(false);
    expect(v.visibleAnswer('signals')).toBeUndefined();
  });

  it('reads sibling fields inside one list entry only', () => {
    const answers = answersOf({
      partners: ['e1', 'e2'],
      [fieldKey('partners', 'e1', 'partner-type')]: 'ngo',
      [fieldKey('partners', 'e2', 'partner-type')]: 'police',
    });
    const v = computeVisibility(template, answers);
    expect(v.isFieldVisible('partners', 'e1', 'partner-type-detail')).toBe(true);
    expect(v.isFieldVisible('partners', 'e2', 'partner-type-detail')).toBe(false);
    expect(v.isFieldVisible('partners', 'e2', 'no-such-field')).toBe(false);
  });

  it('handles an item id that is also an Object.prototype key', () => {
    const answers = answersOf({ constructor: 'x' });
    expect(computeVisibility(template, answers).visibleAnswer('constructor')).toBeUndefined();
  });

  it('never counts a list field or an unknown id as a visible item, and shows an id used twice when any of its items shows', () => {
    const v = computeVisibility(template, answersOf({}));
    expect(v.isItemVisible('partners')).toBe(true);
    expect(v.isItemVisible('partner-name')).toBe(false);
    expect(v.visibleAnswer('partner-name')).toBeUndefined();
    expect(v.isItemVisible('no-such-item')).toBe(false);
    // A template that skipped validation: 'role' again, behind a condition that fails.
    const [first, ...rest] = template.sections;
    const role = first?.items.find((i) => i.id === 'role');
    if (!first || !role) throw new Error('the fixture has changed: no role in its first section');
    const hiddenRole = { ...role, visibleWhen: { item: 'has-protocol', answered: true } };
    for (const items of [[...first.items, hiddenRole], [hiddenRole, ...first.items]]) {
      const twice = { ...template, sections: [{ ...first, items }, ...rest] };
      expect(computeVisibility(twice, answersOf({ role: 'Lead' })).isItemVisible('role')).toBe(true);
      expect(computeVisibility(twice, answersOf({ role: 'Lead' })).visibleAnswer('role')).toEqual({ value: 'Lead' });
    }
  });
});
