import { describe, expect, it } from 'vitest';
import { parseLocalNumber } from './parse-number';

describe('parseLocalNumber', () => {
  it.each([
    ['12', 12],
    ['3.5', 3.5],
    ['3,5', 3.5],
    ['1 200', 1200],
    ['1\u202f200,5', 1200.5],
    ['-4', -4],
    [' 7 ', 7],
  ])('reads %j as %d', (text, value) => expect(parseLocalNumber(text)).toBe(value));

  it.each(['', 'abc', '1.2.3', '12abc', '1,2,3', '--1'])('rejects %j', (text) => expect(parseLocalNumber(text)).toBeUndefined());
});
