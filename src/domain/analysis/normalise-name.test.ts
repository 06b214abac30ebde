import { describe, expect, it } from 'vitest';
import { areNamesClose, boundedLevenshtein, nameSlug, normaliseName } from './normalise-name';

describe('normaliseName', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseName("  Maison d'Hébergement  ")).toBe('maison d hebergement');
    expect(normaliseName('MAISON D’HEBERGEMENT.')).toBe('maison d hebergement');
    expect(nameSlug('Saint-Jean  Police')).toBe('saint-jean-police');
  });

  it('keeps letters of any script', () => {
    expect(normaliseName('ᐃᓄᒃᑎᑐᑦ Centre')).toBe('ᐃᓄᒃᑎᑐᑦ centre');
  });
});

describe('areNamesClose', () => {
  it('flags a typo (similarity at or above 0.8)', () => {
    expect(areNamesClose('youth shelter network', 'youth sheltre network', 0.8)).toBe(true);
  });

  it('flags one name inside the other, on word boundaries', () => {
    expect(areNamesClose('ywca', 'ywca shelter', 0.8)).toBe(true);
    expect(areNamesClose('art', 'partners in care', 0.8)).toBe(false);
  });

  it('leaves different names apart', () => {
    expect(areNamesClose('city police service', 'victim services', 0.8)).toBe(false);
  });
});

describe('boundedLevenshtein', () => {
  it('computes small distances and gives up past the limit', () => {
    expect(boundedLevenshtein('kitten', 'sitting', 5)).toBe(3);
    expect(boundedLevenshtein('kitten', 'sitting', 1)).toBe(2);
  });
});
