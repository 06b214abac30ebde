import { useEffect, useState } from 'react';
import type { BarChartView } from './bar-chart';

type View = typeof BarChartView;

let loaded: View | undefined;
let loading: Promise<View> | undefined;

/**
 * Starts loading the chart library (idempotent): the analysis screen calls it as it opens,
 * so the library arrives while the audit is read and analysed. A failed load is tried again
 * on the next call.
 */
export function loadChartView(): Promise<View> {
  loading ??= import('./bar-chart').then(
    (m) => (loaded = m.BarChartView),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The chart component once its code is in; undefined until then (or if it cannot load: the table stays). */
export function useChartView(): View | undefined {
  const [view, setView] = useState<View | undefined>(() => loaded);
  useEffect(() => {
    if (view) return undefined;
    let live = true;
    loadChartView().then(
      (next) => live && setView(() => next),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [view]);
  return view;
}
