import type { FieldItem, Item } from '../template/item-schema';
import type { Template } from '../template/template-schema';

const PRIVATE_TYPES = new Set(['single-choice', 'multi-choice', 'yes-no', 'rating', 'text', 'long-text', 'number']);

/**
 * Whether an item can be answered privately in a pass-the-device round: a simple question
 * whose options are written in the template (not drawn from another answer or a list),
 * and not one only the group answers (groupOnly: how many people are taking part).
 */
export function isRoundItem(item: Item | FieldItem): boolean {
  if (!PRIVATE_TYPES.has(item.type) || (item.type !== 'notice' && item.groupOnly)) return false;
  if (item.type === 'single-choice' || item.type === 'multi-choice') return Array.isArray(item.options) || 'list' in item.options;
  return true;
}

/** The template's items a round can ask, in document order. */
export function roundCandidates(template: Template): Item[] {
  return template.sections.flatMap((section) => section.items.filter(isRoundItem));
}

/** The chosen items that still exist and qualify, in the template's order. */
export function roundItems(template: Template, chosen: readonly string[]): Item[] {
  const wanted = new Set(chosen);
  return roundCandidates(template).filter((item) => wanted.has(item.id));
}
