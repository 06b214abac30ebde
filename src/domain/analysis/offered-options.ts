import { OTHER_OPTION_ID, type Answer, type Answers } from '../answers/answer';
import { fieldKey } from '../answers/answer-keys';
import { hasDynamicSource } from '../engine/dynamic-source';
import type { ItemOptions } from '../engine/effective-answer';
import { effectiveOf } from './effective-of';
import { entryHasAnswers, type ResolvedOption } from '../engine/resolve-options';
import type { Visibility } from '../engine/visibility';
import type { FieldItem, Item } from '../template/item-schema';
import type { OptionSource } from '../template/option-schema';
import { indexTemplate } from '../template/template-index';
import type { ItemPlan } from './item-plan';
import type { Template } from '../template/template-schema';

/**
 * What an item offers, with lookups by id built once: every answer of every respondent
 * asks them. A lookup gives the option's position in its list (the last one, should an id
 * repeat), so that counts can be kept in arrays by position (option-counts.ts).
 */
export interface Offered extends ItemOptions {
  optionAt: ReadonlyMap<string, number>;
  rowAt: ReadonlyMap<string, number>;
  /**
   * How many options (and rows) at the start of the list are the template's own, labelled
   * by text: their subject is their id. Answers ask on every choice, and option labels come
   * in several shapes, which makes reading `label.kind` there slow.
   */
  textOptions: number;
  textRows: number;
}

const EMPTY_INDEX: ReadonlyMap<string, number> = new Map();
/** Lookups of option lists shared by every respondent (written in the template), built once. */
const sharedIndexes = new WeakMap<readonly ResolvedOption[], ReadonlyMap<string, number>>();
const positions = (options: readonly ResolvedOption[]) => new Map(options.map((o, i) => [o.id, i]));
const index = (options: readonly ResolvedOption[]) => (options.length ? (sharedIndexes.get(options) ?? positions(options)) : EMPTY_INDEX);
function share(options: readonly ResolvedOption[]): readonly ResolvedOption[] {
  sharedIndexes.set(options, positions(options));
  return options;
}
function leadingText(options: readonly ResolvedOption[]): number {
  let n = 0;
  while (n < options.length && (options[n] as ResolvedOption).label.kind === 'text') n++;
  return n;
}
/** What an item offers, with its lookups from `lookup` (shared ones, or one respondent's). */
const offerWith = (lookup: (options: readonly ResolvedOption[]) => ReadonlyMap<string, number>, options: readonly ResolvedOption[], rows: readonly ResolvedOption[]): Offered => ({
  options, rows, optionAt: lookup(options), rowAt: lookup(rows), textOptions: leadingText(options), textRows: leadingText(rows),
});
const offer = (options: readonly ResolvedOption[], rows: readonly ResolvedOption[]): Offered => offerWith(index, options, rows);
export const NO_OPTIONS: Offered = offer([], []);
const OTHER: ResolvedOption = { id: OTHER_OPTION_ID, label: { kind: 'other' } };
const fixed = new WeakMap<object, readonly ResolvedOption[]>();
const withOther = new WeakMap<readonly ResolvedOption[], readonly ResolvedOption[]>();
const fixedItems = new WeakMap<Item | FieldItem, Offered>();

/** Options written in the template never change: resolved once per source, shared by every respondent. */
function fixedOptions(source: OptionSource, template: Template): readonly ResolvedOption[] {
  const key = Array.isArray(source) ? source : (template.optionLists?.[(source as { list: string }).list] ?? source);
  let options = fixed.get(key);
  if (!options) {
    const list = Array.isArray(source) ? source : 'list' in source ? (template.optionLists?.[source.list]?.options ?? []) : [];
    options = share(list.map((o) => ({ id: o.id, label: { kind: 'text' as const, text: o.label }, exclusive: o.exclusive })));
    fixed.set(key, options);
  }
  return options;
}

function plusOther(options: readonly ResolvedOption[]): readonly ResolvedOption[] {
  let result = withOther.get(options);
  if (!result) withOther.set(options, (result = share([...options, OTHER])));
  return result;
}

/** What the options and effective answers of one respondent's items are. */
export interface OfferedOptions {
  /** Options, rows and columns an item offers now (as engine/item-options.ts would say). */
  of(item: Item | FieldItem): Offered;
  /** A stored answer as it counts (as engine/effective-reader.ts would say). */
  effective(key: string, item: Item | FieldItem): Answer | undefined;
  /** The same, for an answer the caller already read under `key`. */
  counted(key: string, item: Item | FieldItem, stored: Answer): Answer | undefined;
  /** of() for a planned item (item-plan.ts): the walk's way in, without asking the item again. */
  offeredTo(plan: ItemPlan): Offered;
  /** effective() for a planned field of a list entry, read once under `key` by the walk. */
  readField(key: string, plan: ItemPlan): Answer | undefined;
}

/**
 * The engine's resolveOptions and effectiveReader, computed the cheap way for analysis:
 * the same rules, but options written in the template are resolved once for all
 * respondents instead of once per respondent and question, which on a 1,200-question
 * audit with 100 respondents is most of the work. A test holds the two to the same results.
 */
export function offeredOptions(template: Template, answers: Answers, visibility: Visibility, slots = 0): OfferedOptions {
  const items = indexTemplate(template).items;
  // What planned items with dynamic sources offer to this respondent, by slot.
  const bySlot: (Offered | undefined)[] = new Array<Offered | undefined>(slots);
  const dynamic = new Map<string, Offered>();
  const read = new Map<string, Answer | undefined>();

  function choices(item: Item | FieldItem, depth: number): readonly ResolvedOption[] {
    if (item.type !== 'single-choice' && item.type !== 'multi-choice') return [];
    const own = resolve(item.options, depth + 1);
    return item.other ? plusOther(own) : own;
  }

  // Several questions draw on the same answer or register (seven on "groups present"): each
  // source is resolved once per respondent and depth, and its lookups built once.
  const fromAnswerAt: Map<string, readonly ResolvedOption[]>[] = [];
  const fromEntriesAt: Map<string, readonly ResolvedOption[]>[] = [];
  const lookups = new Map<readonly ResolvedOption[], ReadonlyMap<string, number>>();
  const lookup = (options: readonly ResolvedOption[]) => {
    if (!options.length || sharedIndexes.has(options)) return index(options);
    let found = lookups.get(options);
    if (!found) lookups.set(options, (found = index(options)));
    return found;
  };
  const offerOnce = (options: readonly ResolvedOption[], rows: readonly ResolvedOption[]): Offered => offerWith(lookup, options, rows);

  function resolve(source: OptionSource, depth: number): readonly ResolvedOption[] {
    if (Array.isArray(source) || 'list' in source) return fixedOptions(source, template);
    if (depth > 20) return [];
    const fromAnswer = 'fromAnswer' in source;
    const key = fromAnswer ? source.fromAnswer : source.fromEntries;
    const memo = ((fromAnswer ? fromAnswerAt : fromEntriesAt)[depth] ??= new Map());
    let options = memo.get(key);
    if (!options) memo.set(key, (options = resolveDynamic(source, depth)));
    return options;
  }

  function resolveDynamic(source: Exclude<OptionSource, readonly unknown[] | { list: string }>, depth: number): readonly ResolvedOption[] {
    if ('fromAnswer' in source) {
      const ref = items.get(source.fromAnswer);
      const answer = ref && visibility.isItemVisible(source.fromAnswer) ? effective(source.fromAnswer, ref.item, depth) : undefined;
      if (!ref || !answer || answer.special) return [];
      const value = answer.value;
      const chosen = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
      const other = answer.other?.trim() || undefined;
      return choices(ref.item, depth)
        .filter((o) => chosen.has(o.id) && !o.exclusive)
        .map((o) => (o.id === OTHER_OPTION_ID ? { id: o.id, label: { kind: 'other' as const, text: other } } : o));
    }
    const ref = items.get(source.fromEntries);
    if (!ref || ref.item.type !== 'list' || !visibility.isItemVisible(source.fromEntries)) return [];
    const { id: listId, entryLabelField, itemLabel, fields } = ref.item;
    const entries = answers.get(listId)?.value;
    return (Array.isArray(entries) ? entries : []).flatMap((entryId, i) => {
      // As the engine: an entry left empty is nothing to choose (engine/resolve-options.ts).
      if (!entryHasAnswers(answers, listId, entryId, fields)) return [];
      const name = visibility.isFieldVisible(listId, entryId, entryLabelField) ? answers.get(fieldKey(listId, entryId, entryLabelField))?.value : undefined;
      const text = typeof name === 'string' && name.trim() ? name.trim() : undefined;
      return [{ id: entryId, label: { kind: 'entry' as const, number: i + 1, text, itemLabel } }];
    });
  }

  function optionsOf(item: Item | FieldItem, depth: number): Offered {
    if (item.type !== 'single-choice' && item.type !== 'multi-choice' && item.type !== 'matrix') return NO_OPTIONS;
    const dynamicItem = hasDynamicSource(item);
    const cache = dynamicItem ? dynamic.get(item.id) : fixedItems.get(item);
    if (cache) return cache;
    const options =
      item.type === 'matrix'
        ? offerOnce(item.response.kind === 'choice' ? resolve(item.response.options, depth) : [], resolve(item.rows, depth))
        : offerOnce(choices(item, depth - 1), []);
    if (dynamicItem) dynamic.set(item.id, options);
    else fixedItems.set(item, options);
    return options;
  }

  function effective(key: string, item: Item | FieldItem, depth = 0): Answer | undefined {
    const stored = answers.get(key);
    return stored ? counted(key, item, stored, depth) : stored;
  }

  function counted(key: string, item: Item | FieldItem, stored: Answer, depth: number): Answer | undefined {
    if (stored.special || !hasDynamicSource(item)) return stored;
    if (read.has(key)) return read.get(key);
    read.set(key, stored); // guards against loops in a template that skipped validation
    const answer = effectiveOf(item, stored, optionsOf(item, depth + 1));
    read.set(key, answer);
    return answer;
  }

  return {
    of: (item) => optionsOf(item, 0),
    effective: (key, item) => effective(key, item),
    counted: (key, item, stored) => counted(key, item, stored, 0),
    offeredTo(plan) {
      if (!plan.offers) return NO_OPTIONS;
      if (!plan.dynamic) return (plan.fixed ??= optionsOf(plan.item, 0));
      let offered = bySlot[plan.slot];
      if (!offered) bySlot[plan.slot] = offered = optionsOf(plan.item, 0);
      return offered;
    },
    readField(key, plan) {
      const stored = answers.get(key);
      if (!stored || stored.special || !plan.dynamic) return stored;
      // The walk reads a field's answer key once, and no source names it (sources name
      // item ids): it needs neither the memo of effective() nor its guard against loops.
      return effectiveOf(plan.item, stored, optionsOf(plan.item, 1));
    },
  };
}
