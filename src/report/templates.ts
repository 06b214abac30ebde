import { indexTemplate, type Template } from '../domain/runtime';
import type { ReportFormat } from './report-format';

export const keyOf = (template: Template): string => `${template.id}@${template.version}`;

export function templateByKey(templates: readonly Template[], key: string): Template | undefined {
  return templates.find((template) => keyOf(template) === key);
}

/** The label of a question (or of a field of a repeating list) in the reader's language. */
export function questionLabel(templates: readonly Template[], templateKey: string, itemId: string, format: ReportFormat, listId?: string): string {
  const template = templateByKey(templates, templateKey);
  if (!template) return itemId;
  const index = indexTemplate(template);
  const list = listId ? index.items.get(listId)?.item : undefined;
  const item = list?.type === 'list' ? list.fields.find((field) => field.id === itemId) : index.items.get(itemId)?.item;
  if (!item) return itemId;
  return format.text(item.type === 'notice' ? (item.title ?? item.text) : item.label);
}

/** The label of an item anywhere in the given templates (engagement items are summarised across templates). */
export function anyQuestionLabel(templates: readonly Template[], itemId: string, format: ReportFormat): string {
  for (const template of templates) {
    const item = indexTemplate(template).items.get(itemId)?.item;
    if (item && item.type !== 'notice') return format.text(item.label);
  }
  return itemId;
}
