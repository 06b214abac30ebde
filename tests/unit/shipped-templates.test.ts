import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexTemplate, type ItemType, type Template } from '../../src/domain';
import { loadTemplate } from '../support/fixtures';

const files = readdirSync(new URL('../../audit-templates/', import.meta.url)).filter((f) => f.endsWith('.json'));
const load = (name: string): Template => loadTemplate(`audit-templates/${name}`);
const ALL_TYPES: ItemType[] = ['notice', 'text', 'long-text', 'number', 'date', 'yes-no', 'single-choice', 'multi-choice', 'rating', 'matrix', 'list'];

describe('shipped templates', () => {
  it('are the three the app offers', () => {
    expect(files.sort()).toEqual(['community-workshop.json', 'local-diagnostic-trafficking.json', 'rapid-scan.json']);
  });

  it.each(files)('%s validates, is in English and French, and opens with a consent notice', (file) => {
    const template = load(file);
    expect(template.languages).toEqual(['en', 'fr']);
    const first = template.sections[0]?.items[0];
    expect(first?.type).toBe('notice');
    expect(first && 'acknowledge' in first && first.acknowledge).toBeTruthy();
  });

  it('the full diagnostic covers all six areas with at least 60 items of every type', () => {
    const template = load('local-diagnostic-trafficking.json');
    const areas = new Set(template.sections.map((s) => s.area).filter(Boolean));
    expect([...areas].sort()).toEqual(['at-risk-groups', 'current-activities', 'employment-sectors', 'gaps', 'geographic-areas', 'partners']);
    const index = indexTemplate(template);
    expect(index.topLevel.length).toBeGreaterThanOrEqual(60);
    const types = new Set(index.topLevel.map((r) => r.item.type));
    expect(ALL_TYPES.filter((t) => !types.has(t))).toEqual([]);
  });

  it('the rapid scan is short and touches every area', () => {
    const template = load('rapid-scan.json');
    const count = indexTemplate(template).topLevel.length;
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(30);
    expect(new Set(template.sections.map((s) => s.area).filter(Boolean)).size).toBe(6);
  });

  it('named option lists share ids and dimensions across templates, so analysis can join them', () => {
    const diagnostic = load('local-diagnostic-trafficking.json').optionLists ?? {};
    for (const template of files.map(load)) {
      for (const [name, list] of Object.entries(template.optionLists ?? {})) {
        const full = new Set(diagnostic[name]?.options.map((o) => o.id));
        expect({ name, unknown: list.options.map((o) => o.id).filter((id) => !full.has(id)) }).toEqual({ name, unknown: [] });
        expect(list.dimension).toBe(diagnostic[name]?.dimension);
      }
    }
  });

  it('never asks for a person\'s name or an address', () => {
    for (const template of files.map(load)) {
      for (const ref of indexTemplate(template).items.values()) {
        const label = 'label' in ref.item ? `${ref.item.label.en} ${ref.item.label.fr}` : '';
        expect(label, ref.item.id).not.toMatch(/\b(your name|full name|victim'?s name|street address|adresse civique|nom de la victime)\b/i);
      }
    }
  });
});
