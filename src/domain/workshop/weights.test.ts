import { describe, expect, it } from 'vitest';
import type { Item } from '../template/item-schema';
import { answerDots, answerPeople, sumPeople } from './weights';

const label = { en: 'Q' };
const options = [{ id: 'a', label }, { id: 'b', label }, { id: 'c', label }];
const single: Item = { id: 'one', type: 'single-choice', label, options };
const multi: Item = { id: 'many', type: 'multi-choice', label, options };
const rating: Item = { id: 'r', type: 'rating', label, scale: { min: 1, max: 5, minLabel: label, maxLabel: label } };

describe('weight of workshop answers', () => {
  it('a tally counts its hands, not one respondent', () => {
    expect(answerPeople(single, { value: 'a', group: { tally: { a: 9, b: 3 } } }, 12)).toEqual({ counts: { a: 9, b: 3 }, people: 12 });
    expect(answerPeople(single, { group: { tally: { a: 4, b: 3 } } }, 12)).toEqual({ counts: { a: 4, b: 3 }, people: 7 });
    expect(answerPeople(rating, { group: { tally: { '4': 5, '5': 2 } } }, 12)).toEqual({ counts: { '4': 5, '5': 2 }, people: 7 });
  });

  it('hands for several choices answer for at most the people present', () => {
    expect(answerPeople(multi, { group: { tally: { a: 10, c: 4 } } }, 12)).toEqual({ counts: { a: 10, c: 4 }, people: 12 });
    expect(answerPeople(multi, { group: { tally: { a: 3, c: 4 } } }, 12)).toEqual({ counts: { a: 3, c: 4 }, people: 7 });
  });

  it('a value without a tally counts once, whoever gave it', () => {
    expect(answerPeople(multi, { value: ['a', 'b'] }, 12)).toEqual({ counts: { a: 1, b: 1 }, people: 1 });
    expect(answerPeople(rating, { value: 3 })).toEqual({ counts: { '3': 1 }, people: 1 });
    expect(answerPeople(single, { special: 'dont-know' }, 12)).toBeUndefined();
    expect(answerPeople({ id: 't', type: 'text', label }, { value: 'x' }, 12)).toBeUndefined();
  });

  it('dots rank priorities beside people, and parts add up', () => {
    expect(answerDots({ value: ['a'], group: { votes: { a: 20, b: 0, c: 4 } } })).toEqual({ a: 20, c: 4 });
    expect(answerDots({ value: ['a'] })).toBeUndefined();
    const group = answerPeople(single, { group: { tally: { a: 8, b: 4 } } }, 12);
    const person = answerPeople(single, { value: 'b' });
    const another = answerPeople(single, { value: 'c' });
    expect(sumPeople([group, person, another, undefined])).toEqual({ counts: { a: 8, b: 5, c: 1 }, people: 14 });
  });
});
