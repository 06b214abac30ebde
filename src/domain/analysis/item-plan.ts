import { hasDynamicSource } from '../engine/dynamic-source';
import type { AnalysisRole, Dimension } from '../template/analysis-role';
import type { FieldItem, Item, ListItem } from '../template/item-schema';
import type { Section, Template } from '../template/template-schema';
import type { Offered } from './offered-options';

/**
 * What the walk and its visitors ask of an item on every answer, worked out once per
 * template. Items of different types are objects of different shapes, so reading
 * `item.type` or `item.analysis` hundreds of thousands of times is slow; a plan has one
 * shape for every item, and the hot loops read its plain fields.
 */
export interface ItemPlan {
  item: Item | FieldItem;
  id: string;
  type: (Item | FieldItem)['type'];
  /** Position among the template's items and fields, for per-respondent slots. */
  slot: number;
  role: AnalysisRole | undefined;
  dimension: Dimension | undefined;
  columnDimension: Dimension | undefined;
  /** Options, rows or columns follow earlier answers (engine/dynamic-source.ts). */
  dynamic: boolean;
  /** A choice or a matrix: it offers options, rows or columns. */
  offers: boolean;
  /** Dates and free text naming no gap: read only for a workshop's contributions (see unread). */
  skippable: boolean;
  /** Measured items, and closed ones whose counts say something; free text only when it names gaps (questions.ts). */
  summarised: boolean;
  /** Set for a repeating list. */
  list: ListPlan | undefined;
  /** What an item without dynamic sources offers, once known (offered-options.ts). */
  fixed: Offered | undefined;
}

export interface ListPlan {
  item: ListItem;
  fields: readonly ItemPlan[];
  position: ReadonlyMap<string, number>;
  /** Position of the entry label field, -1 when missing. */
  labelAt: number;
  /** Fields analysis reads: the entry label, and any field that is not skippable. */
  read: readonly boolean[];
}

export interface SectionPlan {
  section: Section;
  items: readonly ItemPlan[];
}

export interface TemplatePlan {
  sections: readonly SectionPlan[];
  /** Number of slots (items and fields). */
  size: number;
  plans: ReadonlyMap<Item | FieldItem, ItemPlan>;
}

type DimensionOf = (item: Item | FieldItem) => Dimension | undefined;

/** Plans of every item and list field of a template, in document order. */
export function planTemplate(template: Template, dimension: DimensionOf, columnDimension: DimensionOf): TemplatePlan {
  const plans = new Map<Item | FieldItem, ItemPlan>();
  const planOf = (item: Item | FieldItem, list: ListPlan | undefined): ItemPlan => {
    const type = item.type;
    const role = type === 'notice' ? undefined : (item as Exclude<Item | FieldItem, { type: 'notice' }>).analysis;
    const plan: ItemPlan = {
      item, id: item.id, type, slot: plans.size, role,
      dimension: dimension(item), columnDimension: columnDimension(item),
      dynamic: hasDynamicSource(item),
      offers: type === 'single-choice' || type === 'multi-choice' || type === 'matrix',
      skippable: (type === 'date' || type === 'text' || type === 'long-text') && role?.measure !== 'gap',
      summarised: type === 'text' || type === 'long-text' ? role?.measure === 'gap' : type !== 'notice' && type !== 'date',
      list,
      fixed: undefined,
    };
    if (!plans.has(item)) plans.set(item, plan);
    return plan;
  };
  const sections = template.sections.map((section) => ({
    section,
    items: section.items.map((item) => {
      if (item.type !== 'list') return planOf(item, undefined);
      const position = new Map(item.fields.map((f, i) => [f.id, i]));
      const labelAt = position.get(item.entryLabelField) ?? -1;
      const list: ListPlan = { item, fields: [], position, labelAt, read: [] };
      const plan = planOf(item, list);
      list.fields = item.fields.map((field) => planOf(field, undefined));
      list.read = list.fields.map((field, i) => i === labelAt || !field.skippable);
      return plan;
    }),
  }));
  return { sections, size: plans.size, plans };
}
