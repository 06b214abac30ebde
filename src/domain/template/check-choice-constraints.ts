import type { FieldItem, Item, MultiChoiceItem } from './item-schema';
import type { Option, OptionSource } from './option-schema';
import type { Template } from './template-schema';
import type { IssuePath, TemplateIssue } from './template-issue';

/** Options known before anyone answers: inline or named (an unknown list is reported elsewhere). */
function staticOptions(source: OptionSource, template: Template): readonly Option[] | undefined {
  if (Array.isArray(source)) return source;
  if ('list' in source) return template.optionLists?.[source.list]?.options;
  return undefined;
}

/** A bound no answer can meet, or one that limits nothing, is a slip: say how many options there are. */
export function selectionBounds(item: MultiChoiceItem, path: IssuePath, template: Template): TemplateIssue[] {
  const options = staticOptions(item.options, template);
  if (!options) return [];
  const count = options.length + (item.other ? 1 : 0);
  const issues: TemplateIssue[] = [];
  for (const key of ['minSelected', 'maxSelected'] as const) {
    const bound = item[key];
    if (bound !== undefined && bound > count) issues.push({ code: 'too-large', path: [...path, key], params: { limit: count } });
  }
  return issues;
}

/**
 * Analysis joins answers on (dimension, option id): a question that calls the ids of its
 * named list something else than the list does would join them with the wrong subjects.
 * A matrix's dimension names its rows; its columns are the answers.
 */
export function dimensionIssues(item: Item | FieldItem, path: IssuePath, template: Template): TemplateIssue[] {
  if (item.type === 'notice') return [];
  const dimension = item.analysis?.dimension;
  const source = item.type === 'single-choice' || item.type === 'multi-choice' ? item.options : item.type === 'matrix' ? item.rows : undefined;
  if (!dimension || !source || Array.isArray(source) || !('list' in source)) return [];
  const listDimension = template.optionLists?.[source.list]?.dimension;
  if (!listDimension || listDimension === dimension) return [];
  return [{ code: 'dimension-mismatch', path: [...path, 'analysis', 'dimension'], params: { dimension, listDimension } }];
}
