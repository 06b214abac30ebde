/** Times `run` `runs` times after `warmup` untimed calls; each time in ms, to 0.1 ms. No Node API: the browser bench uses it too. */
export function timeRuns(run: () => void, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(Math.round((performance.now() - start) * 10) / 10);
  }
  return times;
}
