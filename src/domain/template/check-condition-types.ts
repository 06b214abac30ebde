import { OTHER_OPTION_ID } from '../answers/answer';
import type { ConditionTest } from './condition-leaves';
import type { ItemRef } from './template-index';
import type { Template } from './template-schema';
import type { IssuePath, TemplateIssue } from './template-issue';

function staticOptionIds(target: ItemRef, template: Template): string[] | undefined {
  const item = target.item;
  if (item.type !== 'single-choice' && item.type !== 'multi-choice') return undefined;
  const source = item.options;
  const options = Array.isArray(source) ? source : 'list' in source ? template.optionLists?.[source.list]?.options : undefined;
  if (!options) return undefined;
  return [...options.map((option) => option.id), ...(item.other ? [OTHER_OPTION_ID] : [])];
}

function mismatch(test: ConditionTest, target: ItemRef, path: IssuePath): TemplateIssue {
  const operator = Object.keys(test).find((key) => key !== 'item') ?? '';
  return { code: 'condition-type-mismatch', path, params: { ref: test.item, operator, type: target.item.type } };
}

function optionIssue(id: string, target: ItemRef, path: IssuePath): TemplateIssue[] {
  const ids = staticOptionIds(target, target.template);
  if (!ids || ids.includes(id)) return [];
  return [{ code: 'unknown-option-in-condition', path, params: { ref: target.item.id, option: id, allowed: ids.join(', ') } }];
}

/**
 * A test must suit what it reads: `includes` a choice, comparisons a number or rating,
 * `equals` a value the item can hold. Named option lists are checked when the list exists.
 */
export function checkConditionTest(test: ConditionTest, target: ItemRef, path: IssuePath): TemplateIssue[] {
  const type = target.item.type;
  if ('answered' in test) return [];
  if ('includes' in test) {
    if (type !== 'multi-choice' && type !== 'single-choice') return [mismatch(test, target, path)];
    return optionIssue(test.includes, target, [...path, 'includes']);
  }
  if ('greaterThan' in test || 'atLeast' in test || 'lessThan' in test || 'atMost' in test) {
    return type === 'number' || type === 'rating' ? [] : [mismatch(test, target, path)];
  }
  const value = 'equals' in test ? test.equals : test.notEquals;
  const key = 'equals' in test ? 'equals' : 'notEquals';
  switch (type) {
    case 'yes-no':
      return value === 'yes' || value === 'no' ? [] : [{ code: 'unknown-option-in-condition', path: [...path, key], params: { ref: test.item, option: String(value), allowed: 'yes, no' } }];
    case 'single-choice':
      return typeof value === 'string' ? optionIssue(value, target, [...path, key]) : [mismatch(test, target, path)];
    case 'number':
    case 'rating':
      return typeof value === 'number' ? [] : [mismatch(test, target, path)];
    case 'text':
    case 'long-text':
    case 'date':
      return typeof value === 'string' ? [] : [mismatch(test, target, path)];
    default:
      return [mismatch(test, target, path)];
  }
}
