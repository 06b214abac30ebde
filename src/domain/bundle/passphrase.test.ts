import { describe, expect, it } from 'vitest';
import { passphraseProblem } from './passphrase';

describe('passphraseProblem', () => {
  it('asks for ten characters, counted as people see them', () => {
    expect(passphraseProblem('123456789', '123456789')).toBe('too-short');
    expect(passphraseProblem('1234567890', '1234567890')).toBeUndefined();
    // Nine letters with decomposed accents are still nine characters.
    expect(passphraseProblem('e\u0301te\u0301e\u0301te\u0301e', 'e\u0301te\u0301e\u0301te\u0301e')).toBe('too-short');
  });

  it('asks for the same passphrase twice, whatever the accents were typed with', () => {
    expect(passphraseProblem('long enough one', 'long enough two')).toBe('mismatch');
    expect(passphraseProblem('mot de passe été', 'mot de passe e\u0301te\u0301')).toBeUndefined();
  });
});
