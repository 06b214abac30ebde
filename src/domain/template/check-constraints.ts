import { isRealDate } from './calendar-date';
import { dimensionIssues, selectionBounds } from './check-choice-constraints';
import type { FieldItem, Item } from './item-schema';
import type { Template } from './template-schema';
import type { IssuePath, TemplateIssue } from './template-issue';

function range(min: number | string | undefined, max: number | string | undefined, path: IssuePath, keys: [string, string]): TemplateIssue[] {
  if (min === undefined || max === undefined || min <= max) return [];
  // Point at the lower bound itself, with both values, so the author sees what to change.
  return [{ code: 'min-greater-than-max', path: [...path, keys[0]], params: { min: keys[0], max: keys[1], minValue: min, maxValue: max } }];
}

function dateBounds(bounds: { min?: string; max?: string }, path: IssuePath): TemplateIssue[] {
  // The shape check sees only YYYY-MM-DD; a day that does not exist would refuse every answer near it.
  const unreal = (['min', 'max'] as const).filter((key) => bounds[key] !== undefined && !isRealDate(bounds[key]));
  if (unreal.length > 0) return unreal.map((key) => ({ code: 'invalid-date', path: [...path, key] }));
  return range(bounds.min, bounds.max, path, ['min', 'max']);
}

function itemConstraints(item: Item | FieldItem, path: IssuePath, template: Template): TemplateIssue[] {
  const issues = dimensionIssues(item, path, template);
  issues.push(...typeConstraints(item, path, template));
  return issues;
}

function typeConstraints(item: Item | FieldItem, path: IssuePath, template: Template): TemplateIssue[] {
  switch (item.type) {
    case 'number':
      return range(item.min, item.max, path, ['min', 'max']);
    case 'date':
      return dateBounds(item, path);
    case 'multi-choice':
      return [...range(item.minSelected, item.maxSelected, path, ['minSelected', 'maxSelected']), ...selectionBounds(item, path, template)];
    case 'notice':
      return item.required && !item.acknowledge ? [{ code: 'notice-needs-acknowledge', path: [...path, 'required'] }] : [];
    case 'list': {
      const issues = range(item.minEntries, item.maxEntries, path, ['minEntries', 'maxEntries']);
      const labelField = item.fields.find((field) => field.id === item.entryLabelField);
      if (!labelField) {
        issues.push({ code: 'unknown-field', path: [...path, 'entryLabelField'], params: { ref: item.entryLabelField } });
      } else if (labelField.type !== 'text' && labelField.type !== 'long-text') {
        // Entries are named by this answer as stored: a choice would show a raw option id, a number a bare figure.
        issues.push({ code: 'label-field-not-text', path: [...path, 'entryLabelField'], params: { ref: item.entryLabelField, type: labelField.type } });
      }
      item.fields.forEach((field, f) => issues.push(...itemConstraints(field, [...path, 'fields', f], template)));
      return issues;
    }
    default:
      return [];
  }
}

function namedListIssues(template: Template): TemplateIssue[] {
  const names = new Set(Object.keys(template.optionLists ?? {}));
  const issues: TemplateIssue[] = [];
  const stack: { node: unknown; path: IssuePath }[] = [{ node: template.sections, path: ['sections'] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: IssuePath };
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node) && typeof (node as { list?: unknown }).list === 'string' && Object.keys(node).length === 1) {
      const name = (node as { list: string }).list;
      if (!names.has(name)) issues.push({ code: 'unknown-option-list', path: [...path, 'list'], params: { ref: name } });
      continue;
    }
    for (const [key, child] of Object.entries(node)) stack.push({ node: child, path: [...path, Array.isArray(node) ? Number(key) : key] });
  }
  return issues;
}

/**
 * Ranges that contradict themselves or cannot be met, dates that do not exist, lists named
 * by absent or non-text fields, unknown named option lists, dimensions that disagree.
 */
export function checkConstraints(template: Template): TemplateIssue[] {
  const issues = namedListIssues(template);
  template.sections.forEach((section, s) => {
    section.items.forEach((item, i) => issues.push(...itemConstraints(item, ['sections', s, 'items', i], template)));
  });
  return issues;
}
