import { parseKey } from '../answers/answer-keys';
import { isRealDate } from '../template/calendar-date';
import type { FieldItem, Item, Scale } from '../template/item-schema';
import type { TemplateIssue } from '../template/template-issue';
import type { Template } from '../template/template-schema';
import { indexTemplate } from '../template/template-index';
import type { AuditBundle } from './parse-bundle';

/** What an answer's value must be, named for the message (templateIssues.expect.*). */
export type Expectation = 'text' | 'number' | 'date' | 'yes-no' | 'scale' | 'option' | 'options' | 'rows' | 'entries' | 'acknowledged';

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every(isString);
const onScale = (value: unknown, scale: Scale): boolean => typeof value === 'number' && Number.isInteger(value) && value >= scale.min && value <= scale.max;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a value is one the questionnaire could have stored for its item: the kind of
 * value, not the item's rules (a draft may sit above a maximum or miss a required
 * choice; a choice drawn from earlier answers may have lost its option since).
 */
function expectation(item: Item | FieldItem): { expected: Expectation; fits: (value: unknown) => boolean; params?: Record<string, number> } {
  switch (item.type) {
    case 'text':
    case 'long-text':
      return { expected: 'text', fits: isString };
    case 'number':
      return { expected: 'number', fits: (v) => typeof v === 'number' && Number.isFinite(v) };
    case 'date':
      return { expected: 'date', fits: (v) => isString(v) && isRealDate(v) };
    case 'yes-no':
      return { expected: 'yes-no', fits: (v) => v === 'yes' || v === 'no' };
    case 'rating':
      return { expected: 'scale', fits: (v) => onScale(v, item.scale), params: { min: item.scale.min, max: item.scale.max } };
    case 'single-choice':
      return { expected: 'option', fits: isString };
    case 'multi-choice':
      return { expected: 'options', fits: isStrings };
    case 'matrix': {
      const { response } = item;
      const cell = response.kind === 'scale' ? (v: unknown) => onScale(v, response.scale) : response.multiple ? isStrings : isString;
      return { expected: 'rows', fits: (v) => isRecord(v) && Object.values(v).every(cell) };
    }
    case 'list':
      return { expected: 'entries', fits: isStrings };
    case 'notice':
      return { expected: 'acknowledged', fits: (v) => v === true };
  }
}

function itemOf(template: Template, key: string): Item | FieldItem | undefined {
  const parsed = parseKey(key);
  if (!parsed) return undefined;
  const ref = indexTemplate(template).items.get(parsed.itemId);
  if (!ref || ref.list) return undefined;
  if (parsed.fieldId === undefined) return ref.item;
  return ref.item.type === 'list' ? ref.item.fields.find((f) => f.id === parsed.fieldId) : undefined;
}

/** Sections a respondent left out or completed that their template does not have. */
function sectionIssues(bundle: AuditBundle, templates: ReadonlyMap<string, Template>, limit: number): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  bundle.respondents.forEach((r, i) => {
    const template = templates.get(r.templateKey);
    if (!template) return;
    const ids = new Set(template.sections.map((s) => s.id));
    for (const list of ['excludedSections', 'completedSections'] as const) {
      r[list].forEach((section, j) => {
        if (!ids.has(section) && issues.length < limit) issues.push({ code: 'unknown-section', path: ['respondents', i, list, j], params: { section, respondent: r.code, template: `${template.id}@${template.version}` } });
      });
    }
  });
  return issues;
}

/**
 * Answers of a file that its questionnaires could never have stored: a key naming no
 * question of the respondent's template, or a value of the wrong kind ("lots" for a
 * number), and sections a respondent left out or completed that their template lacks.
 * Cleared answers carry no value and are not checked.
 */
export function answerFitIssues(bundle: AuditBundle, limit: number): TemplateIssue[] {
  const templates = new Map(bundle.templates.map((t) => [`${t.id}@${t.version}`, t]));
  const issues = sectionIssues(bundle, templates, limit);
  const respondents = new Map(bundle.respondents.map((r) => [r.id, { code: r.code, template: templates.get(r.templateKey) }]));
  for (const [i, { respondentId, key, answer, cleared }] of bundle.answers.entries()) {
    if (issues.length >= limit) break;
    const { code: respondent, template } = respondents.get(respondentId) ?? {};
    if (!template || respondent === undefined || cleared) continue;
    const item = itemOf(template, key);
    if (!item) {
      issues.push({ code: 'answer-unknown-question', path: ['answers', i, 'key'], params: { key, respondent, template: `${template.id}@${template.version}` } });
      continue;
    }
    if (answer.value === undefined) continue;
    const { expected, fits, params } = expectation(item);
    if (!fits(answer.value)) issues.push({ code: 'answer-does-not-fit', path: ['answers', i, 'answer', 'value'], params: { key, respondent, expected, ...params } });
  }
  return issues;
}
