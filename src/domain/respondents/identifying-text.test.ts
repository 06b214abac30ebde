import { describe, expect, it } from 'vitest';
import { identifyingKind } from './identifying-text';

describe('identifyingKind', () => {
  it('finds e-mail addresses and phone numbers', () => {
    expect(identifyingKind('Call Jean at jean@example.org')).toBe('email');
    expect(identifyingKind('Contact: Julie Tremblay 450-555-0199')).toBe('phone');
    expect(identifyingKind('(613) 555 0199')).toBe('phone');
    expect(identifyingKind('819.555.0101 after 5')).toBe('phone');
    expect(identifyingKind('+33 1 23 45 67 89')).toBe('phone');
  });

  it('leaves dates, amounts, counts and ordinary text alone', () => {
    for (const text of ['Since 2026-03-01, about 1,200 people', 'Budget: $45,000 in 2027', 'Open 24/7; 3 shelters, 12 beds', 'Bus terminal, Friday nights', 'Priority 1: 50% by June 2027']) {
      expect(identifyingKind(text), text).toBeUndefined();
    }
  });
});
