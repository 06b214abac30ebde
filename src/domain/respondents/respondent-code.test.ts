import { describe, expect, it } from 'vitest';
import { isAnonymousCode } from './respondent-code';

describe('respondent codes', () => {
  it('take the app’s own codes and short labels of roles', () => {
    for (const code of ['INT-01', 'WS-01-P02', 'DESK.NORD', 'R-12', 'ÉCOLE_2', 'A']) expect(isAnonymousCode(code), code).toBe(true);
  });

  it('refuse what names a person: a name with a space, an e-mail address, a phone number', () => {
    for (const code of ['John Smith', 'jane.doe@example.com', '613-555-1234', '6135551234', ' INT-01', '-01', '', 'x'.repeat(25)]) expect(isAnonymousCode(code), code).toBe(false);
  });
});
