import type { Answers } from '../answers/answer';
import { fieldKey } from '../answers/answer-keys';
import type { FieldItem, ListItem } from '../template/item-schema';
import { indexTemplate, type ItemRef } from '../template/template-index';
import type { Template } from '../template/template-schema';
import { effectiveReader } from './effective-reader';
import { evaluateCondition, type AnswerLookup } from './evaluate-condition';

export interface Visibility {
  isSectionVisible(sectionId: string): boolean;
  /** A top-level item: visible when its section and its own condition are. */
  isItemVisible(itemId: string): boolean;
  /** A field of one entry of a repeating list. */
  isFieldVisible(listId: string, entryId: string, fieldId: string): boolean;
  /**
   * The answer as conditions and analysis see it: undefined when hidden, and without the
   * choices its source no longer offers (effective-answer.ts), so that conditions agree
   * with progress.
   */
  visibleAnswer: AnswerLookup;
}

/** A list's fields by id (the first, should an id repeat), built once per list: every entry asks. */
const fieldsById = new WeakMap<ListItem, ReadonlyMap<string, FieldItem>>();
function fieldOf(list: ListItem, fieldId: string): FieldItem | undefined {
  let byId = fieldsById.get(list);
  if (!byId) {
    const map = new Map<string, FieldItem>();
    for (const field of list.fields) if (!map.has(field.id)) map.set(field.id, field);
    fieldsById.set(list, (byId = map));
  }
  return byId.get(fieldId);
}

/**
 * Which sections, items and list fields show for these answers. Conditions only read
 * earlier items, so one pass in document order settles everything; a hidden item's
 * answer is kept in storage but counts as unanswered for everything after it.
 */
export function computeVisibility(template: Template, answers: Answers): Visibility {
  const index = indexTemplate(template);
  // Shown sections and top-level items, by their place in document order (template-index.ts):
  // one small array per respondent rather than a set of ids that grows item by item.
  const shown = new Uint8Array(index.places);
  const shownItem = (ref: ItemRef | undefined): ref is ItemRef => ref !== undefined && !ref.list && shown[ref.order] === 1;
  const fieldCache = new Map<string, boolean>();

  function visibleAnswer(id: string) {
    const ref = index.items.get(id);
    return shownItem(ref) ? read(id, ref.item) : undefined;
  }

  function isFieldVisible(listId: string, entryId: string, fieldId: string): boolean {
    const key = fieldKey(listId, entryId, fieldId);
    const cached = fieldCache.get(key);
    if (cached !== undefined) return cached;
    const list = index.items.get(listId)?.item as ListItem | undefined;
    const field = list?.type === 'list' ? fieldOf(list, fieldId) : undefined;
    fieldCache.set(key, false); // guards against loops in a template that skipped validation
    let visible = Boolean(field) && shownItem(index.items.get(listId));
    if (visible && field?.visibleWhen) {
      const lookup: AnswerLookup = (id) => {
        const sibling = list ? fieldOf(list, id) : undefined;
        if (!sibling) return visibleAnswer(id);
        return isFieldVisible(listId, entryId, id) ? read(fieldKey(listId, entryId, id), sibling) : undefined;
      };
      visible = evaluateCondition(field.visibleWhen, lookup);
    }
    fieldCache.set(key, visible);
    return visible;
  }

  const visibility: Visibility = {
    isSectionVisible: (id) => shown[index.sectionOrder.get(id) ?? -1] === 1,
    isItemVisible: (id) => shownItem(index.items.get(id)),
    isFieldVisible,
    visibleAnswer,
  };
  const read = effectiveReader(template, answers, visibility);

  for (const section of template.sections) {
    if (section.visibleWhen && !evaluateCondition(section.visibleWhen, visibleAnswer)) continue;
    shown[index.sectionOrder.get(section.id) ?? -1] = 1;
    for (const item of section.items) {
      const ref = index.items.get(item.id);
      // An id used twice (a template that skipped validation) shows when any of its items does.
      if (ref && (!item.visibleWhen || evaluateCondition(item.visibleWhen, visibleAnswer))) shown[ref.order] = 1;
    }
  }
  return visibility;
}
