import type { FieldItem, Item } from '../template/item-schema';
import type { ItemOptions } from './effective-answer';
import { resolveOptions, type OptionContext } from './resolve-options';

const NONE: ItemOptions = { options: [], rows: [] };

/** What a choice item offers now, or a matrix's rows and columns. */
export function itemOptions(item: Item | FieldItem, context: OptionContext): ItemOptions {
  if (item.type === 'single-choice' || item.type === 'multi-choice') {
    const options = resolveOptions(item.options, context);
    return { options: item.other ? [...options, { id: 'other', label: { kind: 'other' } }] : options, rows: [] };
  }
  if (item.type === 'matrix') {
    const rows = resolveOptions(item.rows, context);
    const options = item.response.kind === 'choice' ? resolveOptions(item.response.options, context) : [];
    return { options, rows };
  }
  return NONE;
}
