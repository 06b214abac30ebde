import { describe, expect, it } from 'vitest';
import { mergeEntryIds, sameEntryIds } from './merge-entry-ids';

describe('mergeEntryIds', () => {
  it('keeps an entry each side added', () => {
    expect(mergeEntryIds(['a'], ['a', 'mine'], ['a', 'theirs'])).toEqual(['a', 'theirs', 'mine']);
  });

  it('takes this side as it is when nothing changed there', () => {
    expect(mergeEntryIds(['a', 'b'], ['b', 'a', 'c'], ['a', 'b'])).toEqual(['b', 'a', 'c']);
  });

  it('takes the other side when this side changed nothing', () => {
    expect(mergeEntryIds(['a', 'b'], ['a', 'b'], ['a', 'x', 'b'])).toEqual(['a', 'x', 'b']);
  });

  it('keeps a removal made on either side', () => {
    expect(mergeEntryIds(['a', 'b', 'c'], ['a', 'c', 'mine'], ['a', 'b'])).toEqual(['a', 'mine']);
  });

  it('places entries the other side added after the entry they follow there, in their order', () => {
    expect(mergeEntryIds(['a', 'b'], ['a', 'b', 'mine'], ['x', 'a', 'y', 'z', 'b'])).toEqual(['x', 'a', 'y', 'z', 'b', 'mine']);
  });

  it('keeps this side order for entries both have (a move here and an addition there)', () => {
    expect(mergeEntryIds(['a', 'b', 'c'], ['c', 'a', 'b'], ['a', 'b', 'c', 'theirs'])).toEqual(['c', 'theirs', 'a', 'b']);
  });

  it('brings back an entry this side restored with Undo, even if the other side still had it', () => {
    expect(mergeEntryIds(['a'], ['a', 'b'], ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('starts from nothing: an empty base keeps both sides', () => {
    expect(mergeEntryIds([], ['mine'], ['theirs'])).toEqual(['theirs', 'mine']);
  });

  it('never repeats an id', () => {
    expect(mergeEntryIds(['a'], ['a', 'n', 'n'], ['a', 'n'])).toEqual(['a', 'n']);
  });
});

describe('sameEntryIds', () => {
  it('compares order and content', () => {
    expect(sameEntryIds(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameEntryIds(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameEntryIds(['a'], ['a', 'b'])).toBe(false);
  });
});
