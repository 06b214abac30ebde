import { describe, expect, it } from 'vitest';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { isDependencyKey, templateDependencies } from './dependencies';

const template = allTypesTemplate();

describe('templateDependencies', () => {
  it('lists items read by conditions and option sources', () => {
    const deps = templateDependencies(template);
    expect([...deps.items].sort()).toEqual(['groups', 'has-protocol', 'partner-type', 'partners', 'signals', 'worry']);
    expect([...deps.labelFields]).toEqual([['partners', 'partner-name']]);
  });

  it('tells which keys matter', () => {
    const deps = templateDependencies(template);
    expect(isDependencyKey(deps, 'groups')).toBe(true);
    expect(isDependencyKey(deps, 'role')).toBe(false);
    expect(isDependencyKey(deps, 'partners/e1/partner-name')).toBe(true);
    expect(isDependencyKey(deps, 'partners/e1/partner-type')).toBe(true);
    expect(isDependencyKey(deps, 'partners/e1/partner-engagement')).toBe(false);
    expect(isDependencyKey(deps, 'a/b')).toBe(false);
  });
});
