import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChartView } from './bar-chart';
import { useChartView } from './chart-view';

describe('useChartView', () => {
  it('has no chart until the chart module is in, then the module\'s own chart, at once on later use', async () => {
    const first = renderHook(() => useChartView());
    expect(first.result.current).toBeUndefined();
    await waitFor(() => expect(first.result.current).toBe(BarChartView));
    const later = renderHook(() => useChartView());
    expect(later.result.current).toBe(BarChartView);
    first.unmount();
    later.unmount();
  });
});
