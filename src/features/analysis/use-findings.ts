import { useEffect, useRef, useState } from 'react';
import type { AnalysisInput, Findings } from '../../domain/runtime';
import { analyzeOffThePage, type Analyze } from './analyzer';

/**
 * The findings of an audit, analysed off the page (analyzer.ts). Until the first ones
 * arrive: undefined (the screen says it is analysing); after a change (an override, answers
 * typed in another tab), the previous findings stay on screen until the new ones replace
 * them. One analysis at a time: inputs that come while one runs wait, and only the latest
 * of them is analysed next (a large audit's analysis can take longer than answers take to
 * change); findings of an input already replaced are not shown. An analysis that fails
 * throws to the nearest error boundary.
 */
export function useFindings(input: AnalysisInput | undefined, analyze: Analyze = analyzeOffThePage): Findings | undefined {
  const [findings, setFindings] = useState<Findings>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  const queue = useRef<{ running: boolean; next?: AnalysisInput; live: boolean }>({ running: false, live: true });
  useEffect(() => {
    const state = queue.current;
    state.live = true;
    return () => {
      state.live = false;
    };
  }, []);
  useEffect(() => {
    if (!input) return;
    const state = queue.current;
    state.next = input;
    if (state.running) return;
    const runNext = (): void => {
      const current = state.next;
      state.next = undefined;
      state.running = current !== undefined;
      if (!current) return;
      analyze(current).then(
        (result) => {
          if (!state.live) return void (state.running = false);
          if (!state.next) setFindings(result);
          runNext();
        },
        (error: unknown) => {
          state.running = false;
          if (state.live) setFailure({ error });
        },
      );
    };
    runNext();
  }, [input, analyze]);
  // An analysis that fails on the page too goes to the screen's error boundary, as before.
  if (failure) throw failure.error;
  return findings;
}
