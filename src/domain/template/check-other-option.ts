import { OTHER_OPTION_ID } from '../answers/answer';
import type { FieldItem, Item } from './item-schema';
import type { Option } from './option-schema';
import { indexTemplate, type TemplateIndex } from './template-index';
import type { IssuePath, TemplateIssue } from './template-issue';
import type { Template } from './template-schema';

type Offers = Map<string, boolean>;

const carriesOther = (options: readonly Option[] | undefined) => options?.some((o) => o.id === OTHER_OPTION_ID && !o.exclusive) ?? false;

/**
 * Whether answering this item can carry an option with the id `other` into a question that
 * draws from it: its own "Other", an option so named (exclusive ones are never carried), or
 * one carried in from its own source. Memoized per id; a loop (reported elsewhere) ends at false.
 */
function offersOther(item: Item | FieldItem, index: TemplateIndex, memo: Offers): boolean {
  if (item.type !== 'single-choice' && item.type !== 'multi-choice') return false;
  const known = memo.get(item.id);
  if (known !== undefined) return known;
  memo.set(item.id, false);
  const source = item.options;
  let offers = item.other === true;
  if (!offers && Array.isArray(source)) offers = carriesOther(source);
  else if (!offers && 'list' in source) offers = carriesOther(index.template.optionLists?.[source.list]?.options);
  else if (!offers && 'fromAnswer' in source) {
    const ref = index.items.get(source.fromAnswer);
    offers = ref !== undefined && offersOther(ref.item, index, memo);
  }
  memo.set(item.id, offers);
  return offers;
}

function itemIssues(item: Item | FieldItem, path: IssuePath, index: TemplateIndex, memo: Offers): TemplateIssue[] {
  if ((item.type !== 'single-choice' && item.type !== 'multi-choice') || item.other !== true) return [];
  const source = item.options;
  const params = { id: OTHER_OPTION_ID };
  // Inline options are checked option by option with the other option ids (check-ids.ts).
  if (Array.isArray(source)) return [];
  if ('list' in source) {
    const options = index.template.optionLists?.[source.list]?.options;
    return options?.some((o) => o.id === OTHER_OPTION_ID) ? [{ code: 'reserved-option-id', path: [...path, 'options'], params }] : [];
  }
  if ('fromAnswer' in source) {
    const ref = index.items.get(source.fromAnswer);
    if (ref && offersOther(ref.item, index, memo)) return [{ code: 'reserved-option-id', path: [...path, 'other'], params }];
  }
  return [];
}

/**
 * A question with its own "Other" must not receive a second option `other` from a named
 * list or carried over from an earlier answer: the two would share one stored id.
 */
export function checkOtherOption(template: Template): TemplateIssue[] {
  const index = indexTemplate(template);
  const memo: Offers = new Map();
  const issues: TemplateIssue[] = [];
  for (const ref of index.topLevel) {
    issues.push(...itemIssues(ref.item, ref.path, index, memo));
    if (ref.item.type === 'list') ref.item.fields.forEach((field, f) => issues.push(...itemIssues(field, [...ref.path, 'fields', f], index, memo)));
  }
  return issues;
}
