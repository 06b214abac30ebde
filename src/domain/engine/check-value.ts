import { OTHER_OPTION_ID, type Answer } from '../answers/answer';
import { isRealDate } from '../template/calendar-date';
import type { FieldItem, Item, Scale } from '../template/item-schema';
import type { AnswerIssueCode } from './answer-issue';
import type { ResolvedOption } from './resolve-options';

export interface ValueProblem {
  code: AnswerIssueCode;
  params?: Record<string, string | number>;
}

const problem = (code: AnswerIssueCode, params?: Record<string, string | number>): ValueProblem[] => [{ code, params }];

function checkNumber(value: unknown, item: { min?: number; max?: number; integer?: boolean }): ValueProblem[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return problem('wrong-type');
  if (item.integer && !Number.isInteger(value)) return problem('not-an-integer');
  if (item.min !== undefined && value < item.min) return problem('below-min', { min: item.min });
  if (item.max !== undefined && value > item.max) return problem('above-max', { max: item.max });
  return [];
}

export function checkScale(value: unknown, scale: Scale): ValueProblem[] {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < scale.min || value > scale.max) {
    return problem('out-of-scale', { min: scale.min, max: scale.max });
  }
  return [];
}

function checkText(value: unknown, maxLength: number): ValueProblem[] {
  if (typeof value !== 'string') return problem('wrong-type');
  return value.length > maxLength ? problem('too-long', { max: maxLength }) : [];
}

/**
 * `ownOther`: the item has its own "Other, please specify" (`other: true`), whose text the
 * person types into this answer. An `other` carried over from an earlier answer is named by
 * that answer's text, so it needs none here; validation rejects a template where both meet.
 */
export function checkChoices(values: readonly string[], options: readonly ResolvedOption[], answer: Answer, ownOther: boolean): ValueProblem[] {
  const known = new Map(options.map((o) => [o.id, o]));
  const unknown = values.find((v) => !known.has(v));
  if (unknown !== undefined) return problem('unknown-option', { option: unknown });
  if (ownOther && values.includes(OTHER_OPTION_ID) && !answer.other?.trim()) return problem('other-missing');
  if (values.length > 1 && values.some((v) => known.get(v)?.exclusive)) return problem('exclusive-with-others');
  return [];
}

/** Checks one present value against its item; options are those the item offers now. */
export function checkValue(item: Item | FieldItem, answer: Answer, options: readonly ResolvedOption[]): ValueProblem[] {
  const { value } = answer;
  switch (item.type) {
    case 'text':
      return checkText(value, item.maxLength ?? 500);
    case 'long-text':
      return checkText(value, item.maxLength ?? 5000);
    case 'number':
      return checkNumber(value, item);
    case 'date':
      if (typeof value !== 'string' || !isRealDate(value)) return problem('invalid-date');
      if (item.min && value < item.min) return problem('before-min-date', { min: item.min });
      if (item.max && value > item.max) return problem('after-max-date', { max: item.max });
      return [];
    case 'yes-no':
      return value === 'yes' || value === 'no' ? [] : problem('wrong-type');
    case 'rating':
      return checkScale(value, item.scale);
    case 'single-choice':
      return typeof value === 'string' ? checkChoices([value], options, answer, item.other === true) : problem('wrong-type');
    case 'multi-choice': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return problem('wrong-type');
      const issues = checkChoices(value as string[], options, answer, item.other === true);
      if (issues.length) return issues;
      if (item.maxSelected !== undefined && value.length > item.maxSelected) return problem('too-many-selected', { max: item.maxSelected });
      if (item.minSelected !== undefined && value.length < item.minSelected) return problem('too-few-selected', { min: item.minSelected });
      return [];
    }
    case 'notice':
      return value === true ? [] : problem('wrong-type');
    default:
      return [];
  }
}
