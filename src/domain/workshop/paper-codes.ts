import type { Answer } from '../answers/answer';
import { isRealDate } from '../template/calendar-date';
import type { FieldItem, Item } from '../template/item-schema';
import type { Template } from '../template/template-schema';
import { isRoundItem } from './round';

/**
 * Paper forms are typed in with short codes, the same ones the printed questionnaire shows:
 * option numbers (1, 2, 3…), several separated by spaces, yes = 1 and no = 2, scale points,
 * plain numbers, dates as YYYY-MM-DD, text as written, and "?" for "don't know".
 */
export type PaperProblem =
  | { code: 'not-an-option'; max: number }
  | { code: 'too-many'; max: number }
  | { code: 'not-yes-no' }
  | { code: 'out-of-scale'; min: number; max: number }
  | { code: 'not-a-number' }
  | { code: 'not-an-integer' }
  | { code: 'below-min'; min: number }
  | { code: 'above-max'; max: number }
  | { code: 'invalid-date' }
  | { code: 'too-long'; max: number }
  | { code: 'no-dont-know' };

export type PaperParse = { ok: true; answer: Answer | undefined } | { ok: false; problem: PaperProblem };

export const DONT_KNOW_CODE = '?';
const YES = new Set(['1', 'y', 'yes', 'o', 'oui']);
const NO = new Set(['2', 'n', 'no', 'non']);

const ok = (answer: Answer | undefined): PaperParse => ({ ok: true, answer });
const fail = (problem: PaperProblem): PaperParse => ({ ok: false, problem });

/**
 * Items the entry table types in: the private-round questions and dates. Options drawn from
 * another answer would be numbered differently on each form, so those go in the full form.
 */
export function isPaperItem(item: Item | FieldItem): boolean {
  return isRoundItem(item) || item.type === 'date';
}

/**
 * Question numbers shared by the printed form and the entry table: every question of the
 * template in order (notices are not numbered, nor the group's own questions, which a
 * personal form leaves out), so "Q10" is the same question on both.
 */
export function paperNumbers(template: Template): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const section of template.sections) for (const item of section.items) if (item.type !== 'notice' && !item.groupOnly) numbers.set(item.id, numbers.size + 1);
  return numbers;
}

function optionNumber(code: string, options: readonly { id: string }[]): string | undefined {
  if (!/^\d{1,4}$/.test(code)) return undefined;
  return options[Number(code) - 1]?.id;
}

function parseNumber(text: string): number | undefined {
  const normalized = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return undefined;
  return Number(normalized);
}

/** Reads what was typed for one question of one paper form. */
export function parsePaperEntry(item: Item | FieldItem, options: readonly { id: string }[], typed: string): PaperParse {
  const text = typed.trim();
  if (text === '') return ok(undefined);
  if (text === DONT_KNOW_CODE) return 'allowDontKnow' in item && item.allowDontKnow ? ok({ special: 'dont-know' }) : fail({ code: 'no-dont-know' });
  switch (item.type) {
    case 'single-choice': {
      const id = optionNumber(text, options);
      return id ? ok({ value: id }) : fail({ code: 'not-an-option', max: options.length });
    }
    case 'multi-choice': {
      const codes = text.split(/[\s,;]+/).filter(Boolean);
      const ids = codes.map((code) => optionNumber(code, options));
      if (ids.some((id) => id === undefined)) return fail({ code: 'not-an-option', max: options.length });
      const chosen = options.map((o) => o.id).filter((id) => ids.includes(id));
      if (item.maxSelected !== undefined && chosen.length > item.maxSelected) return fail({ code: 'too-many', max: item.maxSelected });
      return ok({ value: chosen });
    }
    case 'yes-no': {
      const word = text.toLowerCase();
      return YES.has(word) ? ok({ value: 'yes' }) : NO.has(word) ? ok({ value: 'no' }) : fail({ code: 'not-yes-no' });
    }
    case 'rating': {
      const point = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
      return point >= item.scale.min && point <= item.scale.max ? ok({ value: point }) : fail({ code: 'out-of-scale', min: item.scale.min, max: item.scale.max });
    }
    case 'number': {
      const value = parseNumber(text);
      if (value === undefined) return fail({ code: 'not-a-number' });
      if (item.integer && !Number.isInteger(value)) return fail({ code: 'not-an-integer' });
      if (item.min !== undefined && value < item.min) return fail({ code: 'below-min', min: item.min });
      if (item.max !== undefined && value > item.max) return fail({ code: 'above-max', max: item.max });
      return ok({ value });
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text) ? ok({ value: text }) : fail({ code: 'invalid-date' });
    case 'text':
    case 'long-text': {
      const max = item.maxLength ?? (item.type === 'text' ? 500 : 5000);
      return text.length > max ? fail({ code: 'too-long', max }) : ok({ value: text });
    }
    default:
      return ok(undefined);
  }
}

/** The code that stands for a stored answer, so a typed form reads back as it was typed. */
export function formatPaperEntry(item: Item | FieldItem, options: readonly { id: string }[], answer: Answer | undefined): string {
  if (!answer) return '';
  if (answer.special === 'dont-know') return DONT_KNOW_CODE;
  const value = answer.value;
  const numberOf = (id: string) => {
    const i = options.findIndex((o) => o.id === id);
    return i < 0 ? undefined : String(i + 1);
  };
  if (item.type === 'single-choice' && typeof value === 'string') return numberOf(value) ?? '';
  if (item.type === 'multi-choice' && Array.isArray(value)) return value.map(numberOf).filter(Boolean).join(' ');
  if (item.type === 'yes-no') return value === 'yes' ? '1' : value === 'no' ? '2' : '';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return '';
}
