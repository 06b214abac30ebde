import { describe, expect, it } from 'vitest';
import { bandCount } from './band';

describe('bandCount', () => {
  it('keeps 0 exact: nobody identifies nobody', () => {
    expect(bandCount(0)).toEqual({ kind: 'exact', value: 0 });
  });

  it('bands 1 to 4 as "fewer than 5" by default', () => {
    for (const n of [1, 2, 3, 4, 4.5]) expect(bandCount(n)).toEqual({ kind: 'fewer-than', threshold: 5 });
  });

  it('shows the threshold and above exactly', () => {
    expect(bandCount(5)).toEqual({ kind: 'exact', value: 5 });
    expect(bandCount(120)).toEqual({ kind: 'exact', value: 120 });
  });

  it('follows a configured threshold', () => {
    expect(bandCount(9, 10)).toEqual({ kind: 'fewer-than', threshold: 10 });
    expect(bandCount(3, 3)).toEqual({ kind: 'exact', value: 3 });
  });
});
