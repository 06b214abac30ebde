import type { Option, OptionSource } from './option-schema';
import type { Template } from './template-schema';
import { OTHER_OPTION_ID } from '../answers/answer';
import { checkOtherOption } from './check-other-option';
import { formatIssuePath, type IssuePath, type TemplateIssue } from './template-issue';

function checkOptionIds(options: readonly Option[], path: IssuePath, allowsOther: boolean, issues: TemplateIssue[]): void {
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (seen.has(option.id)) issues.push({ code: 'duplicate-option-id', path: [...path, i, 'id'], params: { id: option.id } });
    seen.add(option.id);
    if (allowsOther && option.id === OTHER_OPTION_ID) {
      issues.push({ code: 'reserved-option-id', path: [...path, i, 'id'], params: { id: option.id } });
    }
  });
}

function checkSource(source: OptionSource, path: IssuePath, allowsOther: boolean, issues: TemplateIssue[]): void {
  if (Array.isArray(source)) checkOptionIds(source, path, allowsOther, issues);
}

/** Sections, items and list fields share one id namespace; options are unique per set. */
export function checkIds(template: Template): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (id: string, path: IssuePath) => {
    const first = firstSeen.get(id);
    if (first !== undefined) issues.push({ code: 'duplicate-id', path: [...path, 'id'], params: { id, first } });
    else firstSeen.set(id, formatIssuePath(path));
  };
  const languages = new Set<string>();
  template.languages.forEach((language, i) => {
    if (languages.has(language)) issues.push({ code: 'duplicate-language', path: ['languages', i], params: { language } });
    languages.add(language);
  });
  for (const [name, list] of Object.entries(template.optionLists ?? {})) {
    checkOptionIds(list.options, ['optionLists', name, 'options'], false, issues);
  }
  template.sections.forEach((section, s) => {
    claim(section.id, ['sections', s]);
    section.items.forEach((item, i) => {
      const path: IssuePath = ['sections', s, 'items', i];
      claim(item.id, path);
      if (item.type === 'single-choice' || item.type === 'multi-choice') checkSource(item.options, [...path, 'options'], item.other === true, issues);
      if (item.type === 'matrix') {
        checkSource(item.rows, [...path, 'rows'], false, issues);
        if (item.response.kind === 'choice') checkSource(item.response.options, [...path, 'response', 'options'], false, issues);
      }
      if (item.type === 'list') {
        item.fields.forEach((field, f) => {
          claim(field.id, [...path, 'fields', f]);
          if (field.type === 'single-choice' || field.type === 'multi-choice') {
            checkSource(field.options, [...path, 'fields', f, 'options'], field.other === true, issues);
          }
        });
      }
    });
  });
  issues.push(...checkOtherOption(template));
  return issues;
}
