export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** For each input: time to the next frame after it, and to the first commit that started after it. */
export function answerLatencies(record: { inputs: number[]; frames: [number, number][]; commits: [number, number][] }) {
  const frame = record.frames.map(([t0, t1]) => t1 - t0);
  const commit: number[] = [];
  for (const t0 of record.inputs) {
    const done = record.commits.filter(([started]) => started >= t0).map(([, completed]) => completed);
    if (done.length) commit.push(Math.min(...done) - t0);
  }
  return { frame, commit };
}
