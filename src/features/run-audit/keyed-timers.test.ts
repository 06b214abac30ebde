import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keyedTimers } from './keyed-timers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('keyedTimers', () => {
  it('runs a key once, after the delay of its latest schedule', () => {
    const timers = keyedTimers();
    const run = vi.fn();
    timers.schedule('list/entry', run, 11_000);
    vi.advanceTimersByTime(5_000);
    // Removed again (after an undo): the first removal's timer no longer counts.
    timers.schedule('list/entry', run, 11_000);
    vi.advanceTimersByTime(6_000);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps keys apart and cancels them all', () => {
    const timers = keyedTimers();
    const a = vi.fn();
    const b = vi.fn();
    timers.schedule('a', a, 100);
    timers.schedule('b', b, 200);
    vi.advanceTimersByTime(150);
    expect(a).toHaveBeenCalledTimes(1);
    timers.cancelAll();
    vi.advanceTimersByTime(1_000);
    expect(b).not.toHaveBeenCalled();
  });
});
