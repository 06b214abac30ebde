import { describe, expect, it } from 'vitest';
import { startSessionSchema } from './start-session-schema';

describe('startSessionSchema', () => {
  const messages = (code: string) => {
    const result = startSessionSchema.safeParse({ template: 'community-workshop', participants: '8', code });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('takes an empty code (the next free one) or a code like WS-02', () => {
    expect(messages('')).toEqual([]);
    expect(messages(' WS-NORD ')).toEqual([]);
  });

  it('refuses a code that could name someone', () => {
    for (const code of ['Marie Tremblay', 'marie@example.org', '819 555 0101']) expect(messages(code), code).toEqual(['workshop.start.errors.codeNotAnonymous']);
  });
});
