import { hasGroupAnswer, isAnswered, isEmptyValue, type Answer } from '../answers/answer';
import { fieldKey } from '../answers/answer-keys';
import type { FieldItem, Item, ListItem, MatrixItem } from '../template/item-schema';
import type { AnswerIssue } from './answer-issue';
import { checkChoices, checkScale, checkValue, type ValueProblem } from './check-value';
import { isDynamicSource } from './dynamic-source';
import { effectiveAnswer } from './effective-answer';
import { itemOptions } from './item-options';
import { entryHasAnswers, type OptionContext } from './resolve-options';

export interface ItemAssessment {
  /** Counts toward progress: a question that can be answered now. */
  applicable: boolean;
  answered: boolean;
  issues: AnswerIssue[];
}

function specialProblem(item: Exclude<Item | FieldItem, { type: 'notice' }>, answer: Answer): ValueProblem[] {
  if (answer.special === 'dont-know' && !item.allowDontKnow) return [{ code: 'special-not-allowed' }];
  if (answer.special === 'prefer-not-to-say' && !item.allowPreferNotToSay) return [{ code: 'special-not-allowed' }];
  return [];
}

function matrixProblems(item: MatrixItem, answer: Answer, rows: readonly { id: string }[], context: OptionContext): ValueProblem[] {
  const cells = answer.value as Record<string, unknown>;
  const response = item.response;
  const columns = response.kind === 'choice' ? itemOptions(item, context).options : [];
  // A matrix has no "Other" of its own: an `other` column is carried over or a plain option.
  for (const row of rows) {
    const cell = cells[row.id];
    if (cell === undefined) continue;
    const problems =
      response.kind === 'scale'
        ? checkScale(cell, response.scale)
        : response.multiple
          ? Array.isArray(cell) ? checkChoices(cell as string[], columns, answer, false) : [{ code: 'wrong-type' as const }]
          : typeof cell === 'string' ? checkChoices([cell], columns, answer, false) : [{ code: 'wrong-type' as const }];
    if (problems.length) return problems.map((p) => ({ ...p, params: { ...p.params, row: row.id } }));
  }
  return [];
}

function listIssues(list: ListItem, entries: readonly string[], context: OptionContext, requireComplete: boolean): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const entryId of entries) {
    for (const field of list.fields) {
      if (!context.visibility.isFieldVisible(list.id, entryId, field.id)) continue;
      const key = fieldKey(list.id, entryId, field.id);
      const assessment = assessItem(field, key, context, requireComplete);
      issues.push(...assessment.issues);
    }
  }
  return issues;
}

/** Whether one visible item is answered, and what is wrong with its answer. */
export function assessItem(item: Item | FieldItem, key: string, context: OptionContext, requireComplete: boolean): ItemAssessment {
  const stored = context.answers.get(key);
  const choices = itemOptions(item, context);
  const answer = effectiveAnswer(item, stored, choices);
  const issue = (p: ValueProblem): AnswerIssue => ({ key, code: p.code, params: p.params });
  const required = requireComplete && item.required === true;
  if (item.type === 'notice') {
    const answered = answer?.value === true && !answer.special;
    const issues: AnswerIssue[] = answer?.special ? [{ key, code: 'special-not-allowed' }] : [];
    if (required && !answered) issues.push({ key, code: 'required' });
    return { applicable: Boolean(item.acknowledge), answered, issues };
  }
  // Nothing to answer yet (the source is empty): the question cannot be finished, so it does not count.
  const dynamicEmpty =
    ((item.type === 'single-choice' || item.type === 'multi-choice') && choices.options.length === (item.other ? 1 : 0) && isDynamicSource(item.options)) ||
    (item.type === 'matrix' && choices.rows.length === 0) ||
    (item.type === 'matrix' && item.response.kind === 'choice' && isDynamicSource(item.response.options) && choices.options.length === 0);
  if (dynamicEmpty) return { applicable: false, answered: false, issues: [] };
  if (answer?.special) return { applicable: true, answered: true, issues: specialProblem(item, answer).map(issue) };
  if (item.type === 'list') {
    const entries = Array.isArray(answer?.value) ? (answer.value as string[]) : [];
    const issues = listIssues(item, entries, context, requireComplete);
    const min = item.minEntries ?? 0;
    if (entries.length > 0 && entries.length < min) issues.unshift({ key, code: 'too-few-entries', params: { min } });
    if (item.maxEntries !== undefined && entries.length > item.maxEntries) issues.unshift({ key, code: 'too-many-entries', params: { max: item.maxEntries } });
    // An entry added and left empty answers nothing (it is not offered as a choice either).
    const filled = entries.filter((entryId) => entryHasAnswers(context.answers, item.id, entryId, item.fields)).length;
    if (required && filled === 0) issues.unshift({ key, code: 'required' });
    return { applicable: true, answered: filled >= Math.max(1, min), issues };
  }
  if (!answer || isEmptyValue(answer.value)) {
    // A workshop group may answer with counts or contributions only, without one value.
    const grouped = hasGroupAnswer(answer?.group);
    return { applicable: true, answered: grouped, issues: required && !grouped ? [{ key, code: 'required' }] : [] };
  }
  if (item.type === 'matrix') {
    const cells = answer.value as Record<string, unknown>;
    const missing = choices.rows.filter((row) => isEmptyValue(cells[row.id] as Answer['value'])).length;
    const issues = matrixProblems(item, answer, choices.rows, context).map(issue);
    if (required && missing > 0) issues.push({ key, code: 'incomplete-rows', params: { missing } });
    return { applicable: true, answered: missing === 0, issues };
  }
  return { applicable: true, answered: isAnswered(answer), issues: checkValue(item, answer, choices.options).map(issue) };
}
