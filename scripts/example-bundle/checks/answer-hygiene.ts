import {
  computeVisibility,
  effectiveAnswer,
  indexTemplate,
  itemOptions,
  OTHER_OPTION_ID,
  parseKey,
  type Answer,
  type Answers,
  type FieldItem,
  type Item,
  type Template,
} from '../../../src/domain';

/**
 * What validateAnswers does not look at, but an example must get right: every key names
 * an item (or a field of an existing entry), nothing is stored for a hidden question, and
 * no choice drawn from an earlier answer or a register is silently dropped by the engine
 * (effective-answer.ts ignores such choices instead of reporting them).
 */
export function hygieneProblems(template: Template, answers: Answers): string[] {
  const index = indexTemplate(template);
  const visibility = computeVisibility(template, answers);
  const context = { template, answers, visibility };
  const problems: string[] = [];

  const checkAnswer = (key: string, item: Item | FieldItem, answer: Answer) => {
    if (answer.special !== undefined && answer.value !== undefined) problems.push(`${key}: both a value and "${answer.special}"`);
    if (answer.other !== undefined) {
      const chosen = Array.isArray(answer.value) ? answer.value : [answer.value];
      if (!chosen.includes(OTHER_OPTION_ID)) problems.push(`${key}: "other" text without the "other" option`);
    }
    if (item.type === 'notice' && !item.acknowledge) problems.push(`${key}: a notice without a tick box holds an answer`);
    if (answer.value === undefined) return;
    const effective = effectiveAnswer(item, answer, itemOptions(item, context));
    if (JSON.stringify(effective?.value) !== JSON.stringify(answer.value)) {
      problems.push(`${key}: the engine ignores part of ${JSON.stringify(answer.value)} (kept ${JSON.stringify(effective?.value)}): a choice its source does not offer`);
    }
  };

  for (const [key, answer] of answers) {
    const parsed = parseKey(key);
    const ref = parsed ? index.items.get(parsed.itemId) : undefined;
    if (!parsed || !ref) {
      problems.push(`${key}: no such item in ${template.id}`);
      continue;
    }
    if (parsed.entryId === undefined || parsed.fieldId === undefined) {
      if (ref.list) problems.push(`${key}: a list field stored as a top-level answer`);
      else if (!visibility.isItemVisible(parsed.itemId)) problems.push(`${key}: stored for a hidden item`);
      else checkAnswer(key, ref.item, answer);
      continue;
    }
    const list = ref.item;
    const field = list.type === 'list' ? list.fields.find((f) => f.id === parsed.fieldId) : undefined;
    const entries = answers.get(parsed.itemId)?.value;
    if (!field) problems.push(`${key}: no field "${parsed.fieldId}" in list "${parsed.itemId}"`);
    else if (!Array.isArray(entries) || !entries.includes(parsed.entryId)) problems.push(`${key}: entry ${parsed.entryId} is not in the list`);
    else if (!visibility.isFieldVisible(parsed.itemId, parsed.entryId, parsed.fieldId)) problems.push(`${key}: stored for a hidden field`);
    else checkAnswer(key, field, answer);
  }
  return problems;
}
