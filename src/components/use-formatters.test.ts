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
});
