import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../../components/use-formatters';
import { parseLocalNumber } from './parse-number';

describe('parseLocalNumber in English', () => {
  it.each([
    ['12', 12],
    ['3.5', 3.5],
    ['3,500', 3500],
    ['3,501', 3501],
    ['1,234,567.25', 1234567.25],
    ['1 200', 1200],
    ['-4', -4],
    [' 7 ', 7],
  ])('reads %j as %d', (text, value) => expect(parseLocalNumber(text, 'en')).toBe(value));

  // A comma that does not group thousands could be a decimal comma or a slip: never guessed.
  it.each(['', 'abc', '1.2.3', '12abc', '3,5', '1,2000', '2,50', '1,2,3', '--1', '1,234,56'])('rejects %j', (text) => expect(parseLocalNumber(text, 'en')).toBeUndefined());
});

describe('parseLocalNumber in French', () => {
  it.each([
    ['12', 12],
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['1 200', 1200],
    ['1\u202f200,5', 1200.5],
    ['-4', -4],
    ['12.5', 12.5],
    ['1234.567', 1234.567],
  ])('reads %j as %d', (text, value) => expect(parseLocalNumber(text, 'fr')).toBe(value));

  // A point before three digits groups thousands in much of the French-speaking world: never guessed.
  it.each(['', 'abc', '1.2.3', '1,2,3', '3,500.5', '12.000', '1.200.000', '-3.500'])('rejects %j', (text) => expect(parseLocalNumber(text, 'fr')).toBeUndefined());
});

describe('numbers as the app shows them read back as the same number', () => {
  it.each(['en', 'fr'])('in %s', (language) => {
    const format = formattersFor(language);
    for (const value of [0, 7, 3500, 3501, 1234567, 12.5, -2.25, 100000]) expect(parseLocalNumber(format.number(value), language)).toBe(value);
  });
});

describe('a number as the box shows it for editing', () => {
  it.each(['en', 'fr'])('in %s reads back exactly, and a digit typed at its end makes a bigger number', (language) => {
    const format = formattersFor(language);
    for (const value of [0, 7, 20065, 1234567, 12.5, -20065.5, 1.23456789]) {
      const shown = format.editableNumber(value);
      expect(parseLocalNumber(shown, language)).toBe(value);
      if (Number.isInteger(value) && value > 0) expect(parseLocalNumber(`${shown}2`, language)).toBe(value * 10 + 2);
    }
  });
});
