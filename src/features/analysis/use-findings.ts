import { useEffect, useState } from 'react';
import type { AnalysisInput, Findings } from '../../domain/runtime';
import { analyzeOffThePage, type Analyze } from './analyzer';

/**
 * The findings of an audit, analysed off the page (analyzer.ts). Until the first ones
 * arrive: undefined (the screen says it is analysing); after a change (an override), the
 * previous findings stay on screen until the new ones replace them. An analysis that
 * fails throws to the nearest error boundary.
 */
export function useFindings(input: AnalysisInput | undefined, analyze: Analyze = analyzeOffThePage): Findings | undefined {
  const [findings, setFindings] = useState<Findings>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (!input) return;
    let live = true;
    analyze(input).then(
      (next) => live && setFindings(next),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [input, analyze]);
  // An analysis that fails on the page too goes to the screen's error boundary, as before.
  if (failure) throw failure.error;
  return findings;
}
