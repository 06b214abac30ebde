import { act, renderHook, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { AnalysisInput, Findings } from '../../domain/runtime';
import { useFindings } from './use-findings';

/** An analyzer the test settles by hand, one promise per input. */
function manualAnalyzer() {
  const pending = new Map<AnalysisInput, { resolve: (f: Findings) => void; reject: (e: unknown) => void }>();
  const analyze = (input: AnalysisInput) => new Promise<Findings>((resolve, reject) => pending.set(input, { resolve, reject }));
  return { analyze, pending };
}

const inputA = { templates: [], respondents: [], answers: new Map() } as AnalysisInput;
const inputB = { templates: [], respondents: [], answers: new Map() } as AnalysisInput;
const findings = (threshold: number) => ({ threshold }) as Findings;

class Catch extends Component<{ children: ReactNode; onError: (error: unknown) => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

describe('useFindings', () => {
  it('is undefined until the analysis arrives, then keeps the previous findings while a new input is analysed', async () => {
    const { analyze, pending } = manualAnalyzer();
    const { result, rerender } = renderHook(({ input }) => useFindings(input, analyze), { initialProps: { input: inputA as AnalysisInput | undefined } });
    expect(result.current).toBeUndefined();
    await act(async () => pending.get(inputA)?.resolve(findings(5)));
    expect(result.current?.threshold).toBe(5);
    rerender({ input: inputB });
    expect(result.current?.threshold).toBe(5);
    await act(async () => pending.get(inputB)?.resolve(findings(7)));
    expect(result.current?.threshold).toBe(7);
  });

  it('analyses one input at a time: inputs given meanwhile wait, only the latest is analysed, and stale findings are not shown', async () => {
    const { analyze, pending } = manualAnalyzer();
    const inputC = { templates: [], respondents: [], answers: new Map() } as AnalysisInput;
    const { result, rerender } = renderHook(({ input }) => useFindings(input, analyze), { initialProps: { input: inputA } });
    rerender({ input: inputB });
    rerender({ input: inputC });
    expect([...pending.keys()]).toEqual([inputA]);
    // A's findings are of an input already replaced: not shown; C is analysed next, B never.
    await act(async () => pending.get(inputA)?.resolve(findings(5)));
    expect(result.current).toBeUndefined();
    expect([...pending.keys()]).toEqual([inputA, inputC]);
    await act(async () => pending.get(inputC)?.resolve(findings(9)));
    expect(result.current?.threshold).toBe(9);
  });

  it('hands a failed analysis to the error boundary', async () => {
    const { analyze, pending } = manualAnalyzer();
    const errors: unknown[] = [];
    // React reports an error caught by a boundary on the console; the test reads it from the boundary.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderHook(() => useFindings(inputA, analyze), { wrapper: ({ children }) => <Catch onError={(e) => errors.push(e)}>{children}</Catch> });
    await act(async () => pending.get(inputA)?.reject(new Error('analysis failed')));
    await waitFor(() => expect(errors).toHaveLength(1));
    expect((errors[0] as Error).message).toBe('analysis failed');
    quiet.mockRestore();
  });
});
