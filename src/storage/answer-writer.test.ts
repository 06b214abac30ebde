import { describe, expect, it } from 'vitest';
import { createAnswerWriter, type SaveStatus } from './answer-writer';
import type { AnswerChange } from './repositories/answers-repo';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const change = (key: string, value: string, at = 1): AnswerChange => ({ key, answer: { value }, at });

describe('answer writer', () => {
  it('writes at once, and batches what arrives during a write (latest per key)', async () => {
    const batches: string[][] = [];
    const gates = [deferred(), deferred()];
    let call = 0;
    const statuses: SaveStatus['state'][] = [];
    const writer = createAnswerWriter(async (changes) => {
      batches.push(changes.map((c) => `${c.key}=${String(c.answer?.value)}`));
      await gates[call++]?.promise;
      return { written: changes.length, skipped: [], merged: [] };
    }, (s) => statuses.push(s.state));
    writer.set(change('a', '1'));
    writer.set(change('b', '1'));
    writer.set(change('b', '2'));
    expect(batches).toEqual([['a=1']]);
    gates[0]?.resolve();
    gates[1]?.resolve();
    await writer.flush();
    expect(batches).toEqual([['a=1'], ['b=2']]);
    expect(statuses.at(-1)).toBe('saved');
    expect(writer.pending().size).toBe(0);
  });

  it('keeps failed changes queued, reports a quota error, and retries on the next change', async () => {
    let fail = true;
    const written: string[] = [];
    const statuses: SaveStatus[] = [];
    const writer = createAnswerWriter(async (changes) => {
      if (fail) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
      written.push(...changes.map((c) => c.key));
      return { written: changes.length, skipped: [], merged: [] };
    }, (s) => statuses.push(s));
    writer.set(change('a', 'typed'));
    await writer.flush();
    expect(statuses.at(-1)).toMatchObject({ state: 'error', reason: 'quota' });
    expect([...writer.pending().keys()]).toEqual(['a']);
    fail = false;
    writer.set(change('b', 'next'));
    await writer.flush();
    expect(written.sort()).toEqual(['a', 'b']);
    expect(statuses.at(-1)?.state).toBe('saved');
  });

  it('does not let a failed older change replace a newer queued one', async () => {
    const gate = deferred();
    const seen: string[] = [];
    let first = true;
    const writer = createAnswerWriter(async (changes) => {
      seen.push(...changes.map((c) => String(c.answer?.value)));
      if (first) {
        first = false;
        await gate.promise;
        throw new Error('boom');
      }
      return { written: changes.length, skipped: [], merged: [] };
    }, () => undefined);
    writer.set(change('a', 'old'));
    writer.set(change('a', 'new'));
    gate.resolve();
    await writer.flush();
    await writer.flush();
    expect(seen).toEqual(['old', 'new']);
    expect(writer.pending().size).toBe(0);
  });

  it('lists as unsaved both the write in progress and the queue, newest per answer, until they land', async () => {
    const gate = deferred();
    const writer = createAnswerWriter(async (changes) => {
      await gate.promise;
      return { written: changes.length, skipped: [], merged: [] };
    }, () => undefined);
    writer.set(change('a', '1', 1));
    writer.set(change('b', '1', 2));
    writer.set(change('a', '2', 3));
    expect(writer.unsaved().map((c) => `${c.key}=${String(c.answer?.value)}`)).toEqual(['a=2', 'b=1']);
    gate.resolve();
    await writer.flush();
    expect(writer.unsaved()).toEqual([]);
  });

  it('gives a list change that collapses into a queued one, or follows a failed one, the start of the first', async () => {
    const gate = deferred();
    const bases: string[] = [];
    let call = 0;
    const list = (ids: string[], base: string[]): AnswerChange => ({ key: 'partners', answer: { value: ids }, at: 1, base });
    const writer = createAnswerWriter(async (changes) => {
      bases.push(...changes.map((c) => (c.base ?? []).join(',')));
      if (call++ === 0) {
        await gate.promise;
        throw new Error('boom');
      }
      return { written: changes.length, skipped: [], merged: [] };
    }, () => undefined);
    writer.set(list(['e1', 'a'], ['e1']));
    // While that write runs: two more changes, each starting from the one before.
    writer.set(list(['e1', 'a', 'b'], ['e1', 'a']));
    writer.set(list(['e1', 'a', 'b', 'c'], ['e1', 'a', 'b']));
    gate.resolve();
    await writer.flush();
    await writer.flush();
    // The failed write never stored 'a': the retry still starts from what was stored, e1.
    expect(bases).toEqual(['e1', 'e1']);
    // What is unsaved while a list write runs starts where that write started.
    const slow = deferred();
    const next = createAnswerWriter(async (changes) => {
      await slow.promise;
      return { written: changes.length, skipped: [], merged: [] };
    }, () => undefined);
    next.set(list(['e1', 'x'], ['e1']));
    next.set(list(['e1', 'x', 'y'], ['e1', 'x']));
    expect(next.unsaved().map((c) => c.base)).toEqual([['e1']]);
    slow.resolve();
    await next.flush();
  });
});
