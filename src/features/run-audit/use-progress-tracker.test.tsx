import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { useProgressTracker } from './use-progress-tracker';

const template = allTypesTemplate();
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('useProgressTracker', () => {
  it('counts once after the questionnaire opens, not again each time the record it saved comes back', () => {
    const persist = vi.fn();
    const read = () => new Map();
    // Each saved count comes back as a new record: the same sections left out, in a new array.
    const { rerender } = renderHook(({ excluded }) => useProgressTracker(template, read, excluded, persist), { initialProps: { excluded: ['partners'] } });
    for (let i = 0; i < 6; i++) {
      act(() => void vi.advanceTimersByTime(600));
      rerender({ excluded: ['partners'] });
    }
    expect(persist).toHaveBeenCalledTimes(1);
    // Another section left out is a reason to count again.
    rerender({ excluded: ['partners', 'closing'] });
    act(() => void vi.advanceTimersByTime(600));
    expect(persist).toHaveBeenCalledTimes(2);
  });
});
