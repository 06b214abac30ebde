import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';
import { parseJsonText } from './pre-checks';

describe('jsonErrorOffset', () => {
  it.each([
    ['{\n  "a": 1,\n  "b": \'x\'\n}', 19],
    ['hello', 0],
    ['{"a": 1 "b": 2}', 8],
    ['{"a": [1, 2}', 11],
    ['{"a": 1,}', 8],
    ['{"a": tru}', 9],
    ['{"a": "line\nbreak"}', 11],
    ['[1, -]', 4],
    ['{"a": 1} x', 9],
  ])('finds where %j stops being JSON', (text, offset) => expect(jsonErrorOffset(text)).toBe(offset));

  it('finds nothing in valid JSON', () => expect(jsonErrorOffset('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toBeUndefined());
});

describe('parseJsonText', () => {
  it('names the line and column of a stray quote, not the end of the file', () => {
    const result = parseJsonText('{\n  "type": "x",\n  "name": \'local-safety-audit\',\n  "more": 1\n}\n');
    expect(result).toEqual({ ok: false, issues: [{ code: 'invalid-json', path: [], params: { line: 3, column: 11 } }] });
  });
});
