import { describe, expect, it } from 'vitest';
import type { ResolvedOption } from '../engine/resolve-options';
import { countedOptions, countOption, newOptionCounts, seedOf } from './option-counts';

const text = (id: string): ResolvedOption => ({ id, label: { kind: 'text', text: { en: id } } });
const seed = seedOf(['a', 'b', 'c'].map((id) => ({ id, label: { kind: 'text', text: { en: id } } })));
const noEntry = () => undefined;
const counts = (c: ReturnType<typeof newOptionCounts>) => countedOptions(c).map(({ id, count, votes }) => [id, count, votes]);

describe('option counts', () => {
  it('counts template options by position and shows those nobody chose, in template order', () => {
    const c = newOptionCounts(seed);
    countOption(c, text('c'), 2, undefined, noEntry, 1, 0);
    countOption(c, text('a'), 0, undefined, noEntry, 3, 2);
    countOption(c, text('c'), 2, undefined, noEntry, 1, 0);
    expect(counts(c)).toEqual([['a', 3, 2], ['b', 0, 0], ['c', 2, 0]]);
  });

  it('finds a template option offered at another position (a list drawn from an earlier answer) by id', () => {
    const c = newOptionCounts(seed);
    countOption(c, text('b'), 0, undefined, noEntry, 1, 0);
    expect(counts(c)).toEqual([['a', 0, 0], ['b', 1, 0], ['c', 0, 0]]);
  });

  it('counts a question offering the template list as it is by position alone, and its "other" after it by subject', () => {
    const c = newOptionCounts(seed, true);
    expect(c.aligned).toBe(3);
    countOption(c, text('b'), 1, undefined, noEntry, 2, 0);
    countOption(c, { id: 'other', label: { kind: 'other' } }, 3, 'Sex workers', noEntry, 1, 0);
    expect(counts(c)).toEqual([['a', 0, 0], ['b', 2, 0], ['c', 0, 0], ['other:sex-workers', 1, 0]]);
  });

  it('compares ids when a repeated id moved the template options out of place, even for a list as it is', () => {
    const repeated = seedOf(['a', 'b', 'a', 'c'].map((id) => ({ id, label: { kind: 'text' as const, text: { en: id } } })));
    const c = newOptionCounts(repeated, true);
    expect(c.aligned).toBe(0);
    countOption(c, text('c'), 3, undefined, noEntry, 1, 0);
    expect(counts(c)).toEqual([['a', 0, 0], ['b', 0, 0], ['c', 1, 0]]);
  });

  it('counts anything else by subject id, after the template options, in the order met', () => {
    const c = newOptionCounts(seed);
    const other: ResolvedOption = { id: 'other', label: { kind: 'other' } };
    const entry: ResolvedOption = { id: 'e1', label: { kind: 'entry', number: 1, text: 'Police', itemLabel: { en: 'Partner' } } };
    countOption(c, entry, 4, undefined, (id) => (id === 'e1' ? 'partners:police' : undefined), 1, 0);
    countOption(c, other, 3, 'Sex workers', noEntry, 1, 0);
    countOption(c, other, 3, 'sex workers!', noEntry, 2, 1);
    expect(countedOptions(c).slice(3)).toEqual([
      { id: 'partners:police', label: { kind: 'plain', text: 'Police' }, count: 1, votes: 0 },
      { id: 'other:sex-workers', label: { kind: 'plain', text: 'Sex workers' }, count: 3, votes: 1 },
    ]);
  });

  it('keeps a repeated template id once, at its first place with its last label, as a Map would', () => {
    const repeated = seedOf([{ id: 'a', label: { kind: 'plain', text: 'first' } }, { id: 'b', label: { kind: 'plain', text: 'b' } }, { id: 'a', label: { kind: 'plain', text: 'last' } }]);
    expect(repeated.ids).toEqual(['a', 'b']);
    expect(repeated.labels[0]).toEqual({ kind: 'plain', text: 'last' });
  });
});
