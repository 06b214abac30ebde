import { describe, expect, it } from 'vitest';
import type { Answer } from '../answers/answer';
import type { ResolvedOption } from '../engine/resolve-options';
import { decodeCells, decodeChoices, decodePoints, emptyCells, emptyChoices, emptyPoints } from './answer-parts';
import type { Offered } from './offered-options';

const option = (id: string): ResolvedOption => ({ id, label: { kind: 'text', text: { en: id } } });
const list = (...ids: string[]) => ids.map(option);
const offered = (options: readonly ResolvedOption[], rows: readonly ResolvedOption[] = []): Offered => ({
  options, rows, optionAt: new Map(options.map((o, i) => [o.id, i])), rowAt: new Map(rows.map((o, i) => [o.id, i])), textOptions: options.length, textRows: rows.length,
});
const choices = (answer: Answer, yesNo = false, offer = offered(list('a', 'b', 'c'))) => {
  const out = emptyChoices();
  decodeChoices(answer, yesNo, offer, out);
  return Array.from({ length: out.n }, (_, i) => [out.option[i]?.id, out.at[i], out.weight[i], out.votes[i]]);
};

describe('answer parts', () => {
  it('decodes choices once each, with positions, leaving out options no longer offered', () => {
    expect(choices({ value: 'b' })).toEqual([['b', 1, 1, 0]]);
    expect(choices({ value: ['c', 'gone', 'a', 'c'] })).toEqual([['c', 2, 1, 0], ['a', 0, 1, 0]]);
    expect(choices({ value: 'yes' }, true)).toEqual([['yes', 0, 1, 0]]);
  });

  it('lets a tally replace the consensus, and gives dots without weight their own entry', () => {
    expect(choices({ value: ['a'], group: { tally: { b: 4, c: 0 }, votes: { b: 2, c: 5 } } })).toEqual([['b', 1, 4, 2], ['c', 2, 0, 5]]);
    expect(choices({ value: ['a'], group: { tally: { b: 0 }, votes: { a: 3 } } })).toEqual([['a', 0, 1, 3]]);
  });

  it('decodes the points of a rating: a tally with positive counts, else the value', () => {
    const out = emptyPoints();
    decodePoints({ value: 2, group: { tally: { '1': 3, '4': 0, '5': 2 } } }, out);
    expect([out.n, out.point.slice(0, out.n), out.weight.slice(0, out.n)]).toEqual([2, [1, 5], [3, 2]]);
    decodePoints({ value: 4, group: { tally: { '1': 0 } } }, out);
    expect([out.n, out.point[0], out.weight[0]]).toEqual([1, 4, 1]);
  });

  it('decodes the cells of a matrix whose row is still offered', () => {
    const out = emptyCells();
    decodeCells({ value: { r2: 3, gone: 1, r1: ['a'] } }, offered(list('a'), list('r1', 'r2')), out);
    expect(Array.from({ length: out.n }, (_, i) => [out.row[i]?.id, out.at[i], out.cell[i]])).toEqual([['r2', 1, 3], ['r1', 0, ['a']]]);
  });
});
