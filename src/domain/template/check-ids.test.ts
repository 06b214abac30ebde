import { describe, expect, it } from 'vitest';
import { minimalTemplate, yesNo } from '../../../tests/support/template-builder';
import { parseTemplate } from './parse-template';

describe('checkIds', () => {
  it('names where a duplicated id was first used, written like every other path', () => {
    const result = parseTemplate(minimalTemplate([yesNo('a'), yesNo('b'), yesNo('a')]));
    expect(result.ok ? [] : result.issues).toMatchObject([{ code: 'duplicate-id', params: { id: 'a', first: 'sections[0].items[0]' } }]);
  });
});
