import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useChartTurn } from './chart-turns';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const tick = () => act(() => vi.advanceTimersToNextTimer());

describe('useChartTurn', () => {
  it('lets charts draw one at a time, each in a task of its own, in the order they appeared', async () => {
    const charts = [renderHook(() => useChartTurn()), renderHook(() => useChartTurn()), renderHook(() => useChartTurn())];
    const ready = () => charts.map((c) => c.result.current);
    expect(ready()).toEqual([false, false, false]);
    await tick();
    expect(ready()).toEqual([true, false, false]);
    await tick();
    expect(ready()).toEqual([true, true, false]);
    await tick();
    expect(ready()).toEqual([true, true, true]);
    for (const chart of charts) chart.unmount();
    await tick();
  });

  it('passes the turn on when a waiting chart has left the screen', async () => {
    const first = renderHook(() => useChartTurn());
    const gone = renderHook(() => useChartTurn());
    const last = renderHook(() => useChartTurn());
    gone.unmount();
    await tick();
    expect(first.result.current).toBe(true);
    await tick();
    expect(last.result.current).toBe(true);
    first.unmount();
    last.unmount();
    await tick();
  });
});

describe('useChartTurn, when the screen closes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never leaves the charts of the next screen waiting', async () => {
    const drawn = renderHook(() => useChartTurn());
    await act(() => vi.advanceTimersToNextTimer());
    expect(drawn.result.current).toBe(true);
    // Gone before its turn was handed on.
    drawn.unmount();
    const later = renderHook(() => useChartTurn());
    await act(() => vi.advanceTimersToNextTimer());
    expect(later.result.current).toBe(true);
    later.unmount();
    await act(() => vi.runAllTimers());
  });
});
