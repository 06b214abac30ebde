import type { AnalysisRole, Dimension } from '../template/analysis-role';
import type { FieldItem, Item, ListItem } from '../template/item-schema';
import type { OptionSource } from '../template/option-schema';
import { indexTemplate } from '../template/template-index';
import type { Template } from '../template/template-schema';
import type { RegisterKind } from './findings';
import { planTemplate, type TemplatePlan } from './item-plan';

/** What analysis needs to know about a template, worked out once per template object. */
export interface TemplateInfo {
  key: string;
  template: Template;
  /** Repeating lists that are registers of partners, activities or places, by list id. */
  registers: ReadonlyMap<string, RegisterKind>;
  /** What the options (or matrix rows) of an item name, declared or inferred from where they come from. */
  dimension(item: Item | FieldItem): Dimension | undefined;
  /** What the columns of a choice matrix name. */
  columnDimension(item: Item | FieldItem): Dimension | undefined;
  /** Every item's plan, in document order (item-plan.ts). */
  plan: TemplatePlan;
}

/** An item's analysis role; notices have none. */
export function roleOf(item: Item | FieldItem): AnalysisRole | undefined {
  return item.type === 'notice' ? undefined : item.analysis;
}

export const templateKey = (template: Template): string => `${template.id}@${template.version}`;

const REGISTER_DIMENSION: Partial<Record<RegisterKind, Dimension>> = { partners: 'partner', activities: 'activity' };

function classifyByFields(list: ListItem): RegisterKind | undefined {
  const roles = list.fields.map((f) => f.analysis).filter((a) => a !== undefined);
  if (roles.some((r) => r.dimension === 'partner' || (r.measure === 'presence' && r.dimension === 'partner-type'))) return 'partners';
  if (roles.some((r) => r.dimension === 'activity' || r.measure === 'coverage')) return 'activities';
  if (roles.some((r) => r.dimension === 'area')) return 'places';
  return undefined;
}

function entriesOf(source: OptionSource): string | undefined {
  return !Array.isArray(source) && 'fromEntries' in source ? source.fromEntries : undefined;
}

/**
 * Which lists are registers. A question about "partners" or "activities" whose options are
 * a list's entries says so outright; otherwise the list's own fields tell (a partner-type
 * field makes a partner register, coverage fields an activity register, a place type a
 * places register). Templates name their lists freely, so ids are never relied on.
 */
function classifyRegisters(template: Template): Map<string, RegisterKind> {
  const registers = new Map<string, RegisterKind>();
  const index = indexTemplate(template);
  for (const { item } of index.items.values()) {
    const dimension = roleOf(item)?.dimension;
    const kind: RegisterKind | undefined = dimension === 'partner' ? 'partners' : dimension === 'activity' ? 'activities' : undefined;
    if (!kind) continue;
    const sources = item.type === 'matrix' ? [item.rows] : item.type === 'single-choice' || item.type === 'multi-choice' ? [item.options] : [];
    for (const source of sources) {
      const listId = entriesOf(source);
      if (listId && !registers.has(listId)) registers.set(listId, kind);
    }
  }
  for (const { item } of index.topLevel) {
    if (item.type !== 'list' || registers.has(item.id)) continue;
    const kind = classifyByFields(item);
    if (kind) registers.set(item.id, kind);
  }
  return registers;
}

const cache = new WeakMap<Template, TemplateInfo>();

export function templateInfo(template: Template): TemplateInfo {
  const cached = cache.get(template);
  if (cached) return cached;
  const index = indexTemplate(template);
  const registers = classifyRegisters(template);

  function sourceDimension(source: OptionSource, depth: number): Dimension | undefined {
    if (Array.isArray(source) || depth > 20) return undefined;
    if ('list' in source) return template.optionLists?.[source.list]?.dimension;
    if ('fromAnswer' in source) {
      const origin = index.items.get(source.fromAnswer)?.item;
      return origin ? itemDimension(origin, depth + 1) : undefined;
    }
    const kind = registers.get(source.fromEntries);
    return kind ? REGISTER_DIMENSION[kind] : undefined;
  }

  function itemDimension(item: Item | FieldItem, depth: number): Dimension | undefined {
    const declared = roleOf(item)?.dimension;
    if (declared) return declared;
    if (item.type === 'single-choice' || item.type === 'multi-choice') return sourceDimension(item.options, depth);
    if (item.type === 'matrix') return sourceDimension(item.rows, depth);
    return undefined;
  }

  const columnDimension = (item: Item | FieldItem) => (item.type === 'matrix' && item.response.kind === 'choice' ? sourceDimension(item.response.options, 0) : undefined);
  // Every answer asks, and sources can chain: worked out once per item.
  const dimensions = new Map<Item | FieldItem, readonly [Dimension | undefined, Dimension | undefined]>();
  const dimensionsOf = (item: Item | FieldItem) => {
    let pair = dimensions.get(item);
    if (!pair) dimensions.set(item, (pair = [itemDimension(item, 0), columnDimension(item)]));
    return pair;
  };
  const dimension = (item: Item | FieldItem) => dimensionsOf(item)[0];
  const info: TemplateInfo = {
    key: templateKey(template),
    template,
    registers,
    dimension,
    columnDimension: (item) => dimensionsOf(item)[1],
    plan: planTemplate(template, dimension, (item) => dimensionsOf(item)[1]),
  };
  cache.set(template, info);
  return info;
}
