import { describe, expect, it } from 'vitest';
import type { TemplateIssue } from '../domain';
import { createI18n } from './create-i18n';
import { formatTemplateIssue } from './format-template-issue';

const en = createI18n('en');
const fr = createI18n('fr');
const path = ['sections', 0, 'items', 1, 'options'];

describe('formatTemplateIssue', () => {
  it('names JSON types in words of the reader’s language, joined as alternatives', () => {
    const issue: TemplateIssue = { code: 'wrong-type', path, near: 'sector', params: { expected: 'array | object', received: 'string' } };
    expect(formatTemplateIssue(issue, en)).toBe('sections[0].items[1].options (in "sector"): Expected a list [ … ] or an object { … }, found text ("…").');
    expect(formatTemplateIssue(issue, fr)).toBe('sections[0].items[1].options (dans « sector ») : Attendu : une liste [ … ] ou un objet { … }; trouvé : du texte ("…").');
  });

  it('keeps template words such as item types and literal values as written', () => {
    const missing: TemplateIssue = { code: 'missing', path: ['kind'], params: { expected: '"diagnostic" | "workshop" | "other"' } };
    expect(formatTemplateIssue(missing, en)).toBe('kind: This is required but missing (expected "diagnostic", "workshop" or "other").');
    const kind: TemplateIssue = { code: 'wrong-reference-kind', path, params: { ref: 'notes', expected: 'single-choice | multi-choice', actual: 'text' } };
    expect(formatTemplateIssue(kind, fr)).toContain('il faut ici un élément de type single-choice ou multi-choice.');
  });

  it('formats numbers for the reader', () => {
    const issue: TemplateIssue = { code: 'min-greater-than-max', path: [...path.slice(0, 4), 'min'], params: { min: 'min', max: 'max', minValue: 12500, maxValue: 10 } };
    expect(formatTemplateIssue(issue, en)).toBe('sections[0].items[1].min: "min" (12,500) is greater than "max" (10).');
    expect(formatTemplateIssue(issue, fr)).toMatch(/^sections\[0\]\.items\[1\]\.min : « min » \(12\s500\) est supérieur à « max » \(10\)\.$/);
  });
});
