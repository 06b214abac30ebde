import type { FieldItem, Item } from '../template/item-schema';
import type { OptionSource } from '../template/option-schema';

/** Options drawn from an earlier answer or a register: they change while someone answers. */
export function isDynamicSource(source: OptionSource): boolean {
  return !Array.isArray(source) && !('list' in source);
}

/** Whether an item's options, rows or columns follow earlier answers, so a stored choice can stop counting. */
export function hasDynamicSource(item: Item | FieldItem): boolean {
  if (item.type === 'single-choice' || item.type === 'multi-choice') return isDynamicSource(item.options);
  if (item.type === 'matrix') return isDynamicSource(item.rows) || (item.response.kind === 'choice' && isDynamicSource(item.response.options));
  return false;
}
