import { describe, expect, it } from 'vitest';
import { planFileName, slugify } from './file-name';

describe('planFileName', () => {
  it('names the file from the locality and the date', () => {
    expect(planFileName('Riverbend', '2026-09-15')).toBe('action-plan-riverbend-2026-09-15.pdf');
    expect(planFileName('Riverbend', '2026-09-15', 'fr')).toBe('plan-d-action-riverbend-2026-09-15.pdf');
  });

  it('removes accents and joins words with single hyphens', () => {
    expect(slugify('Rivière-du-Loup (Québec)')).toBe('riviere-du-loup-quebec');
    expect(slugify('  Saint-Éloi   &  Œuvre  ')).toBe('saint-eloi-oeuvre');
    expect(planFileName('Île-à-la-Crosse', '2027-01-02')).toBe('action-plan-ile-a-la-crosse-2027-01-02.pdf');
  });

  it('keeps a usable name when the locality has no letters or digits', () => {
    expect(planFileName('« — »', '2026-09-15')).toBe('action-plan-2026-09-15.pdf');
  });

  it('keeps long names short, without a trailing hyphen', () => {
    const slug = slugify(`${'Municipalité régionale de comté '.repeat(4)}`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/-$/);
  });
});
