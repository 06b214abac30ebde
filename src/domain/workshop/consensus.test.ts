import { describe, expect, it } from 'vitest';
import type { Item } from '../template/item-schema';
import { applyGroup, cleanGroup, suggestConsensus, tallyOptions } from './consensus';

const label = { en: 'Q' };
const options = [{ id: 'a', label }, { id: 'b', label }, { id: 'c', label }, { id: 'none', label, exclusive: true }];
const single: Item = { id: 'one', type: 'single-choice', label, options };
const multi: Item = { id: 'many', type: 'multi-choice', label, options };
const top2: Item = { id: 'top', type: 'multi-choice', label, options, maxSelected: 2 };
const rating: Item = { id: 'r', type: 'rating', label, scale: { min: 1, max: 5, minLabel: label, maxLabel: label } };
const yesNo: Item = { id: 'yn', type: 'yes-no', label };

describe('group consensus', () => {
  it('counts on options, yes and no, or scale points', () => {
    expect(tallyOptions(yesNo, []).map((o) => o.id)).toEqual(['yes', 'no']);
    expect(tallyOptions(rating, []).map((o) => o.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(tallyOptions(single, options)).toBe(options);
  });

  it('suggests the option with the most hands, or nothing on a tie', () => {
    expect(suggestConsensus(single, { tally: { a: 3, b: 7 } }, options)).toBe('b');
    expect(suggestConsensus(single, { tally: { a: 3, b: 3 } }, options)).toBeUndefined();
    expect(suggestConsensus(yesNo, { tally: { yes: 8, no: 2 } }, [])).toBe('yes');
    expect(suggestConsensus(rating, { tally: { '4': 6, '2': 1 } }, [])).toBe(4);
    expect(suggestConsensus(single, undefined, options)).toBeUndefined();
  });

  it('for several choices, names every option with hands, without "none" beside others', () => {
    expect(suggestConsensus(multi, { tally: { c: 1, a: 4, none: 2 } }, options)).toEqual(['a', 'c']);
    expect(suggestConsensus(multi, { tally: { none: 2 } }, options)).toEqual(['none']);
    expect(suggestConsensus(top2, { tally: { a: 5, b: 4, c: 1 } }, options)).toEqual(['a', 'b']);
  });

  it('dots rank the options up to the question limit and win over hands', () => {
    expect(suggestConsensus(top2, { votes: { c: 9, a: 4, b: 1 } }, options)).toEqual(['c', 'a']);
    expect(suggestConsensus(multi, { tally: { a: 1 }, votes: { b: 2 } }, options)).toEqual(['b']);
    expect(suggestConsensus(top2, { votes: { a: 5, b: 3, c: 3 } }, options)).toEqual(['a']);
  });

  it('lets the consensus follow the counts until the facilitator records another answer', () => {
    let answer = applyGroup(single, undefined, { tally: { a: 2 } }, options);
    expect(answer).toEqual({ value: 'a', group: { tally: { a: 2 } } });
    answer = applyGroup(single, answer, { tally: { a: 2, b: 5 } }, options);
    expect(answer?.value).toBe('b');
    const decided = { ...answer, value: 'c', group: { ...answer?.group, dissent: 'Two people disagreed' } };
    answer = applyGroup(single, decided, { tally: { a: 2, b: 9 }, dissent: 'Two people disagreed' }, options);
    expect(answer).toEqual({ value: 'c', group: { tally: { a: 2, b: 9 }, dissent: 'Two people disagreed' } });
  });

  it('removes an answer emptied of counts, and counts replace "don\'t know"', () => {
    expect(applyGroup(single, { value: 'a', group: { tally: { a: 1 } } }, { tally: {} }, options)).toBeUndefined();
    expect(applyGroup(single, { special: 'dont-know' }, { tally: { a: 1 } }, options)).toEqual({ value: 'a', group: { tally: { a: 1 } } });
  });

  it('cleans zero counts and blank contributions', () => {
    expect(cleanGroup({ tally: { a: 0 }, contributions: [' ', ' Bus stop at night '], dissent: '  ' })).toEqual({ contributions: ['Bus stop at night'] });
    expect(cleanGroup({ votes: {} })).toBeUndefined();
  });
});
