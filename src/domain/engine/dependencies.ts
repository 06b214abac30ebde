import { parseKey } from '../answers/answer-keys';
import { conditionLeaves } from '../template/condition-leaves';
import type { Condition } from '../template/condition-schema';
import type { FieldItem, Item } from '../template/item-schema';
import type { OptionSource } from '../template/option-schema';
import type { Template } from '../template/template-schema';

export interface Dependencies {
  /** Items whose answers other items read (conditions, options drawn from answers or lists). */
  items: ReadonlySet<string>;
  /** For each list offered as options: the field that names its entries. */
  labelFields: ReadonlyMap<string, string>;
}

const cache = new WeakMap<Template, Dependencies>();

/**
 * What a change must re-evaluate: most keystrokes change nothing else on screen, so a
 * runner needs to recompute visibility and options only when one of these changes.
 */
export function templateDependencies(template: Template): Dependencies {
  const cached = cache.get(template);
  if (cached) return cached;
  const items = new Set<string>();
  const lists = new Set<string>();
  const addCondition = (condition: Condition | undefined) => {
    if (condition) for (const leaf of conditionLeaves(condition, [])) items.add(leaf.test.item);
  };
  const addSource = (source: OptionSource) => {
    if (Array.isArray(source) || 'list' in source) return;
    if ('fromAnswer' in source) items.add(source.fromAnswer);
    else lists.add(source.fromEntries);
  };
  const addItem = (item: Item | FieldItem) => {
    addCondition(item.visibleWhen);
    if (item.type === 'single-choice' || item.type === 'multi-choice') addSource(item.options);
    if (item.type === 'matrix') {
      addSource(item.rows);
      if (item.response.kind === 'choice') addSource(item.response.options);
    }
    if (item.type === 'list') item.fields.forEach(addItem);
  };
  for (const section of template.sections) {
    addCondition(section.visibleWhen);
    section.items.forEach(addItem);
  }
  const labelFields = new Map<string, string>();
  for (const section of template.sections) {
    for (const item of section.items) {
      if (item.type === 'list' && lists.has(item.id)) {
        items.add(item.id);
        labelFields.set(item.id, item.entryLabelField);
      }
    }
  }
  const result = { items, labelFields };
  cache.set(template, result);
  return result;
}

/** Whether a change to this answer key can change visibility or options elsewhere. */
export function isDependencyKey(dependencies: Dependencies, key: string): boolean {
  const parsed = parseKey(key);
  if (!parsed) return false;
  if (parsed.fieldId === undefined) return dependencies.items.has(parsed.itemId);
  // A list field: read by its siblings' conditions, or naming entries offered elsewhere.
  return dependencies.items.has(parsed.fieldId) || dependencies.labelFields.get(parsed.itemId) === parsed.fieldId;
}
