import { isAnswered, OTHER_OPTION_ID, type Answers } from '../answers/answer';
import { fieldKey } from '../answers/answer-keys';
import type { FieldItem, Item } from '../template/item-schema';
import type { OptionSource } from '../template/option-schema';
import type { LocalizedText } from '../template/primitives';
import { indexTemplate } from '../template/template-index';
import type { Template } from '../template/template-schema';
import type { Visibility } from './visibility';

/** How an option is named: template text, a person's "other" text, or a list entry. */
export type OptionLabel =
  | { kind: 'text'; text: LocalizedText }
  | { kind: 'other'; text?: string }
  | { kind: 'entry'; number: number; text?: string; itemLabel: LocalizedText };

export interface ResolvedOption {
  id: string;
  label: OptionLabel;
  exclusive?: boolean;
}

export interface OptionContext {
  template: Template;
  answers: Answers;
  visibility: Visibility;
}

function entryIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function choiceOptions(item: Item | FieldItem, context: OptionContext, depth: number): ResolvedOption[] {
  if (item.type !== 'single-choice' && item.type !== 'multi-choice') return [];
  const own = resolveOptions(item.options, context, depth + 1);
  return item.other ? [...own, { id: OTHER_OPTION_ID, label: { kind: 'other' } }] : own;
}

/**
 * The options a question offers now. Options drawn from an earlier answer follow that
 * question's order and exist only while it is visible and the option chosen; options
 * drawn from a list are its entries, named by the list's label field.
 */
export function resolveOptions(source: OptionSource, context: OptionContext, depth = 0): ResolvedOption[] {
  const { template, answers, visibility } = context;
  if (Array.isArray(source)) return source.map((o) => ({ id: o.id, label: { kind: 'text', text: o.label }, exclusive: o.exclusive }));
  if ('list' in source) {
    const list = template.optionLists?.[source.list];
    return (list?.options ?? []).map((o) => ({ id: o.id, label: { kind: 'text', text: o.label }, exclusive: o.exclusive }));
  }
  if (depth > 20) return [];
  const index = indexTemplate(template);
  if ('fromAnswer' in source) {
    const ref = index.items.get(source.fromAnswer);
    const answer = visibility.visibleAnswer(source.fromAnswer);
    if (!ref || !answer || answer.special) return [];
    const chosen = new Set(Array.isArray(answer.value) ? answer.value : typeof answer.value === 'string' ? [answer.value] : []);
    return choiceOptions(ref.item, context, depth)
      .filter((option) => chosen.has(option.id) && !option.exclusive)
      .map((option) => (option.id === OTHER_OPTION_ID ? { id: option.id, label: { kind: 'other', text: answer.other?.trim() || undefined } } : option));
  }
  const listId = source.fromEntries;
  const ref = index.items.get(listId);
  if (!ref || ref.item.type !== 'list' || !visibility.isItemVisible(listId)) return [];
  const { entryLabelField: labelField, itemLabel, fields } = ref.item;
  return entryIds(answers.get(listId)?.value).flatMap((entryId, i) => {
    // An entry added and left empty is nothing to choose (it keeps its number, as the list shows it).
    if (!entryHasAnswers(answers, listId, entryId, fields)) return [];
    // A hidden field's answer is kept but counts for nothing, so it must not name the entry either.
    const shown = visibility.isFieldVisible(listId, entryId, labelField);
    const name = shown ? answers.get(fieldKey(listId, entryId, labelField))?.value : undefined;
    const text = typeof name === 'string' && name.trim() ? name.trim() : undefined;
    return [{ id: entryId, label: { kind: 'entry' as const, number: i + 1, text, itemLabel } }];
  });
}

/** Whether any field of a list entry holds an answer (an entry just added holds none). */
export function entryHasAnswers(answers: Answers, listId: string, entryId: string, fields: readonly { id: string }[]): boolean {
  return fields.some((field) => isAnswered(answers.get(fieldKey(listId, entryId, field.id))));
}
