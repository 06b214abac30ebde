import { describe, expect, it } from 'vitest';
import { checkStructure, MAX_DEPTH } from './pre-checks';

describe('checkStructure', () => {
  it('gives the full path of a forbidden key', () => {
    const value = JSON.parse('{"sections":[{"items":[{"id":"a"},{"id":"b","constructor":{}}]}]}') as unknown;
    expect(checkStructure(value)).toEqual([
      { code: 'forbidden-key', path: ['sections', 0, 'items', 1, 'constructor'], params: { key: 'constructor' } },
    ]);
  });

  it('stops at the first place deeper than the limit', () => {
    const value = JSON.parse(`{"a":${'['.repeat(200)}${']'.repeat(200)}}`) as unknown;
    const [issue] = checkStructure(value);
    expect(issue).toMatchObject({ code: 'too-deep', params: { max: MAX_DEPTH } });
    expect(issue?.path).toEqual(['a', ...Array<number>(MAX_DEPTH - 1).fill(0)]);
  });
});
