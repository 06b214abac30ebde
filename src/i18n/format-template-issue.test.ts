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

  it('says what an answer of a file must be, in the reader’s words', () => {
    const number: TemplateIssue = { code: 'answer-does-not-fit', path: ['answers', 3, 'answer', 'value'], near: 'r1', params: { key: 'staff', respondent: 'INT-01', expected: 'number' } };
    expect(formatTemplateIssue(number, en)).toBe('answers[3].answer.value (in "r1"): The answer "staff" of INT-01 must be a number.');
    expect(formatTemplateIssue(number, fr)).toBe('answers[3].answer.value (dans « r1 ») : La réponse « staff » de INT-01 doit être un nombre.');
    const scale: TemplateIssue = { code: 'answer-does-not-fit', path: ['answers', 0, 'answer', 'value'], params: { key: 'worry', respondent: 'DESK-01', expected: 'scale', min: 1, max: 5 } };
    expect(formatTemplateIssue(scale, en)).toBe('answers[0].answer.value: The answer "worry" of DESK-01 must be a whole number from 1 to 5.');
    const unknown: TemplateIssue = { code: 'answer-unknown-question', path: ['answers', 0, 'key'], params: { key: 'nowhere', respondent: 'INT-02', template: 'all-types@1.0.0' } };
    expect(formatTemplateIssue(unknown, fr)).toBe('answers[0].key : La réponse « nowhere » de INT-02 porte sur une question que le modèle « all-types@1.0.0 » ne contient pas.');
  });
});
