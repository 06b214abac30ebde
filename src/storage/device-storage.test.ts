import { describe, expect, it } from 'vitest';
import { isLow, LOW_SPACE_BYTES } from './device-storage';

describe('isLow', () => {
  const GB = 1024 ** 3;
  it('warns under 200 MB free or under 10 % of the quota', () => {
    expect(isLow(0, 10 * GB)).toBe(false);
    expect(isLow(9.5 * GB, 10 * GB)).toBe(true);
    expect(isLow(GB - LOW_SPACE_BYTES + 1, GB)).toBe(true);
    expect(isLow(100, 100 * GB)).toBe(false);
  });

  it('says nothing when the browser gives no estimate', () => {
    expect(isLow(undefined, undefined)).toBe(false);
    expect(isLow(5, 0)).toBe(false);
  });
});
