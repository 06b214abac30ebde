import { describe, expect, it } from 'vitest';
import type { Answer } from '../answers/answer';
import type { Condition } from '../template/condition-schema';
import { evaluateCondition, type AnswerLookup } from './evaluate-condition';

const lookupOf =
  (answers: Record<string, Answer>): AnswerLookup =>
  (id) =>
    answers[id];

const when = (condition: Condition, answer: Answer | undefined) => evaluateCondition(condition, lookupOf(answer ? { q: answer } : {}));

describe('evaluateCondition', () => {
  it('tests equality of the value', () => {
    expect(when({ item: 'q', equals: 'yes' }, { value: 'yes' })).toBe(true);
    expect(when({ item: 'q', equals: 'yes' }, { value: 'no' })).toBe(false);
    expect(when({ item: 'q', equals: 3 }, { value: 3 })).toBe(true);
    expect(when({ item: 'q', notEquals: 'yes' }, { value: 'no' })).toBe(true);
    expect(when({ item: 'q', notEquals: 'yes' }, undefined)).toBe(true);
    expect(when({ item: 'q', notEquals: 'yes' }, { value: 'yes' })).toBe(false);
  });

  it('tests whether a choice includes an option, for one choice or several', () => {
    expect(when({ item: 'q', includes: 'b' }, { value: ['a', 'b'] })).toBe(true);
    expect(when({ item: 'q', includes: 'c' }, { value: ['a', 'b'] })).toBe(false);
    expect(when({ item: 'q', includes: 'b' }, { value: 'b' })).toBe(true);
    expect(when({ item: 'q', includes: 'b' }, undefined)).toBe(false);
  });

  it('compares numbers, and nothing else', () => {
    const value = (v: Answer['value']): Answer => ({ value: v });
    expect(when({ item: 'q', greaterThan: 5 }, value(6))).toBe(true);
    expect(when({ item: 'q', greaterThan: 5 }, value(5))).toBe(false);
    expect(when({ item: 'q', atLeast: 5 }, value(5))).toBe(true);
    expect(when({ item: 'q', atLeast: 5 }, value(4))).toBe(false);
    expect(when({ item: 'q', lessThan: 5 }, value(4))).toBe(true);
    expect(when({ item: 'q', lessThan: 5 }, value(5))).toBe(false);
    expect(when({ item: 'q', atMost: 5 }, value(5))).toBe(true);
    expect(when({ item: 'q', atMost: 5 }, value(6))).toBe(false);
    expect(when({ item: 'q', atMost: 5 }, value('4'))).toBe(false);
    expect(when({ item: 'q', atLeast: 0 }, value(Number.NaN))).toBe(false);
    expect(when({ item: 'q', atLeast: 0 }, undefined)).toBe(false);
  });

  it('counts "don\'t know" as answered but as no value', () => {
    const dontKnow: Answer = { special: 'dont-know', value: 'yes' };
    expect(when({ item: 'q', answered: true }, dontKnow)).toBe(true);
    expect(when({ item: 'q', answered: false }, dontKnow)).toBe(false);
    expect(when({ item: 'q', equals: 'yes' }, dontKnow)).toBe(false);
    expect(when({ item: 'q', notEquals: 'yes' }, dontKnow)).toBe(true);
    expect(when({ item: 'q', answered: false }, undefined)).toBe(true);
    expect(when({ item: 'q', answered: true }, { value: '' })).toBe(false);
  });

  it('combines tests with all, any and not, nested', () => {
    const condition: Condition = { all: [{ item: 'a', equals: 'yes' }, { any: [{ item: 'b', atLeast: 3 }, { not: { item: 'c', answered: true } }] }] };
    expect(evaluateCondition(condition, lookupOf({ a: { value: 'yes' }, b: { value: 4 }, c: { value: 'x' } }))).toBe(true);
    expect(evaluateCondition(condition, lookupOf({ a: { value: 'yes' }, b: { value: 1 } }))).toBe(true);
    expect(evaluateCondition(condition, lookupOf({ a: { value: 'yes' }, b: { value: 1 }, c: { value: 'x' } }))).toBe(false);
    expect(evaluateCondition(condition, lookupOf({ a: { value: 'no' }, b: { value: 4 } }))).toBe(false);
  });

  it('reads the answers of each call: one condition object, evaluated again, follows new answers', () => {
    const condition: Condition = { item: 'q', equals: 'yes' };
    expect(evaluateCondition(condition, lookupOf({ q: { value: 'yes' } }))).toBe(true);
    expect(evaluateCondition(condition, lookupOf({ q: { value: 'no' } }))).toBe(false);
    expect(evaluateCondition(condition, lookupOf({}))).toBe(false);
  });
});
