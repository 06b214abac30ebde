import { describe, expect, it } from 'vitest';
import { formattersFor } from './use-formatters';

describe('formatters', () => {
  it('show a date that cannot exist as it was written, instead of throwing', () => {
    const format = formattersFor('en');
    expect(format.date('2026-13-45')).toBe('2026-13-45');
    expect(format.dateTime(1e300)).toBe('1e+300');
    expect(format.time(Number.NaN)).toBe('NaN');
    expect(format.date('2026-09-15')).toBe('Sep 15, 2026');
  });

  it('write the first of the month as an ordinal in French, and only there', () => {
    expect(formattersFor('fr').date('2026-01-01')).toMatch(/^1er janv\. 2026$/);
    expect(formattersFor('fr').date('2026-01-11')).toMatch(/^11 janv\. 2026$/);
    expect(formattersFor('en').date('2026-01-01')).toBe('Jan 1, 2026');
  });

  it('give a number to edit without group separators and with every decimal, in each language', () => {
    expect(formattersFor('en').number(20065.125)).toBe('20,065.125');
    expect(formattersFor('en').editableNumber(20065.125)).toBe('20065.125');
    expect(formattersFor('en').editableNumber(1.23456789)).toBe('1.23456789');
    expect(formattersFor('fr').editableNumber(20065.5)).toBe('20065,5');
    expect(formattersFor('fr').editableNumber(-3)).toBe('-3');
    expect(formattersFor('en').exactNumber(1234.5678)).toBe('1,234.5678');
    expect(formattersFor('en').exactNumber(0.0004)).toBe('0.0004');
    expect(formattersFor('fr').exactNumber(2.0005)).toMatch(/^2,0005$/);
  });
});
