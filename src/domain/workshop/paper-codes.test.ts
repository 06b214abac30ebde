import { describe, expect, it } from 'vitest';
import type { Item } from '../template/item-schema';
import { bandCount } from './band';
import { formatPaperEntry, isPaperItem, parsePaperEntry } from './paper-codes';

const label = { en: 'Q' };
const options = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const single: Item = { id: 's', type: 'single-choice', label, options: options.map((o) => ({ ...o, label })), allowDontKnow: true };
const multi: Item = { id: 'm', type: 'multi-choice', label, options: options.map((o) => ({ ...o, label })), maxSelected: 2 };
const rating: Item = { id: 'r', type: 'rating', label, scale: { min: 1, max: 5, minLabel: label, maxLabel: label } };
const count: Item = { id: 'n', type: 'number', label, min: 1, max: 500, integer: true };

describe('paper codes', () => {
  it('read option numbers, several at once, in the options order', () => {
    expect(parsePaperEntry(single, options, ' 2 ')).toEqual({ ok: true, answer: { value: 'b' } });
    expect(parsePaperEntry(multi, options, '3, 1')).toEqual({ ok: true, answer: { value: ['a', 'c'] } });
    expect(parsePaperEntry(single, options, '4')).toEqual({ ok: false, problem: { code: 'not-an-option', max: 3 } });
    expect(parsePaperEntry(multi, options, '1 2 3')).toEqual({ ok: false, problem: { code: 'too-many', max: 2 } });
    expect(parsePaperEntry(single, options, '')).toEqual({ ok: true, answer: undefined });
  });

  it('read yes and no in either language, scale points, numbers and dates', () => {
    const yesNo: Item = { id: 'y', type: 'yes-no', label };
    expect(parsePaperEntry(yesNo, [], 'Oui')).toEqual({ ok: true, answer: { value: 'yes' } });
    expect(parsePaperEntry(yesNo, [], '2')).toEqual({ ok: true, answer: { value: 'no' } });
    expect(parsePaperEntry(yesNo, [], 'maybe').ok).toBe(false);
    expect(parsePaperEntry(rating, [], '5')).toEqual({ ok: true, answer: { value: 5 } });
    expect(parsePaperEntry(rating, [], '6')).toEqual({ ok: false, problem: { code: 'out-of-scale', min: 1, max: 5 } });
    expect(parsePaperEntry(count, [], '12')).toEqual({ ok: true, answer: { value: 12 } });
    expect(parsePaperEntry(count, [], '12,5')).toEqual({ ok: false, problem: { code: 'not-an-integer' } });
    expect(parsePaperEntry({ ...count, integer: false }, [], '12,5')).toEqual({ ok: true, answer: { value: 12.5 } });
    expect(parsePaperEntry(count, [], '0')).toEqual({ ok: false, problem: { code: 'below-min', min: 1 } });
    expect(parsePaperEntry({ id: 'd', type: 'date', label }, [], '2026-02-30')).toEqual({ ok: false, problem: { code: 'invalid-date' } });
  });

  it('read "?" as "don\'t know" only where the question offers it', () => {
    expect(parsePaperEntry(single, options, '?')).toEqual({ ok: true, answer: { special: 'dont-know' } });
    expect(parsePaperEntry(rating, [], '?')).toEqual({ ok: false, problem: { code: 'no-dont-know' } });
  });

  it('write stored answers back as the codes that were typed', () => {
    expect(formatPaperEntry(multi, options, { value: ['a', 'c'] })).toBe('1 3');
    expect(formatPaperEntry(single, options, { special: 'dont-know' })).toBe('?');
    expect(formatPaperEntry({ id: 'y', type: 'yes-no', label }, [], { value: 'no' })).toBe('2');
    expect(formatPaperEntry(rating, [], { value: 4 })).toBe('4');
    expect(formatPaperEntry(single, options, undefined)).toBe('');
    expect(isPaperItem({ id: 'n', type: 'notice', text: label })).toBe(false);
    expect(isPaperItem({ id: 'd', type: 'date', label })).toBe(true);
    expect(isPaperItem({ id: 'f', type: 'single-choice', label, options: { fromAnswer: 'x' } })).toBe(false);
  });
});

describe('small counts', () => {
  it('band 1 to 4 as "fewer than 5", keep 0 and 5 or more exact', () => {
    expect(bandCount(0)).toEqual({ kind: 'exact', value: 0 });
    expect(bandCount(3)).toEqual({ kind: 'fewer-than', threshold: 5 });
    expect(bandCount(5)).toEqual({ kind: 'exact', value: 5 });
    expect(bandCount(2, 3)).toEqual({ kind: 'fewer-than', threshold: 3 });
  });
});
