import type { FieldItem, Item, ListItem } from './item-schema';
import type { Section, Template } from './template-schema';

/** Where an item or a list field sits, and its place in document order. */
export interface ItemRef {
  item: Item | FieldItem;
  template: Template;
  section: Section;
  /** Position in document order over sections, items and list fields. */
  order: number;
  /** Set for a field of a repeating list. */
  list?: ListItem;
  /** JSON path of the item inside the template, e.g. ["sections", 0, "items", 3]. */
  path: readonly (string | number)[];
}

export interface TemplateIndex {
  template: Template;
  /** Top-level items and list fields by id. */
  items: ReadonlyMap<string, ItemRef>;
  /** Top-level items in document order. */
  topLevel: readonly ItemRef[];
  sectionOrder: ReadonlyMap<string, number>;
  /** How many places `order` counts (sections, items and fields): a per-place array's length. */
  places: number;
}

const indexCache = new WeakMap<Template, TemplateIndex>();

/** A lookup over a template, computed once per template object. */
export function indexTemplate(template: Template): TemplateIndex {
  const cached = indexCache.get(template);
  if (cached) return cached;
  const items = new Map<string, ItemRef>();
  const topLevel: ItemRef[] = [];
  const sectionOrder = new Map<string, number>();
  let order = 0;
  template.sections.forEach((section, s) => {
    sectionOrder.set(section.id, order++);
    section.items.forEach((item, i) => {
      const ref: ItemRef = { item, template, section, order: order++, path: ['sections', s, 'items', i] };
      if (!items.has(item.id)) items.set(item.id, ref);
      topLevel.push(ref);
      if (item.type === 'list') {
        item.fields.forEach((field, f) => {
          const fieldRef: ItemRef = { item: field, template, section, order: order++, list: item, path: [...ref.path, 'fields', f] };
          if (!items.has(field.id)) items.set(field.id, fieldRef);
        });
      }
    });
  });
  const index = { template, items, topLevel, sectionOrder, places: order };
  indexCache.set(template, index);
  return index;
}
