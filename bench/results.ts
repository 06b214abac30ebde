import { median, p95, round } from './stats';

interface Metric {
  label: string;
  unit: string;
  /** Our value must stay within this many times the floor's; undefined when no target. */
  targetRatio?: number;
  targetAbsolute?: number;
  summary: 'median' | 'p95';
}

const METRICS: Record<string, Metric> = {
  'load-300': { label: 'first item usable, 300 questions, one section per page', unit: 'ms', targetRatio: 1.5, summary: 'median' },
  'load-1200': { label: 'first item usable, 1,200 questions, one section per page', unit: 'ms', targetRatio: 1.5, summary: 'median' },
  'transfer-300': { label: 'JS+CSS loaded for the questionnaire, gzip, 300', unit: 'kB', summary: 'median' },
  'transfer-1200': { label: 'JS+CSS loaded for the questionnaire, gzip, 1,200', unit: 'kB', summary: 'median' },
  'answer-frame': { label: 'per-answer latency, input to next frame (median)', unit: 'ms', targetRatio: 1.5, summary: 'median' },
  'answer-frame-p95': { label: 'per-answer latency, input to next frame (p95)', unit: 'ms', targetRatio: 1.5, summary: 'p95' },
  'answer-commit': { label: 'per-answer latency, input to IndexedDB commit (median)', unit: 'ms', targetRatio: 1.5, summary: 'median' },
  'answer-commit-p95': { label: 'per-answer latency, input to IndexedDB commit (p95)', unit: 'ms', targetRatio: 1.5, summary: 'p95' },
  'longtask-count': { label: 'long tasks while answering 120 items', unit: 'count', targetAbsolute: 5, summary: 'median' },
  'longtask-max': { label: 'longest task while answering', unit: 'ms', targetAbsolute: 100, summary: 'median' },
  'heap-mb': { label: 'JS heap after answering (after GC)', unit: 'MB', targetRatio: 2, summary: 'median' },
  'first-screen-kb': { label: 'JS+CSS the first screen loads, gzip', unit: 'kB', targetAbsolute: 150, summary: 'median' },
  'offline-reload': { label: 'warm offline reload to first usable screen', unit: 'ms', targetAbsolute: 500, summary: 'median' },
  'analysis-1200x100': { label: 'analysis of 1,200 items x 100 respondents (Node)', unit: 'ms', targetAbsolute: 200, summary: 'median' },
  'analysis-1200x100-browser': { label: 'the same analysis in Chromium, in a worker as the analysis screen runs it', unit: 'ms', targetAbsolute: 200, summary: 'median' },
  'pdf-node': { label: 'printed plan of a full audit (40 respondents, 30 actions), Node', unit: 'ms', targetAbsolute: 2000, summary: 'median' },
  'pdf-browser-ms': { label: 'printed plan of the example audit in the browser (worker)', unit: 'ms', summary: 'median' },
  'pdf-browser-longest-task': { label: 'longest task on the page while the PDF is made', unit: 'ms', targetAbsolute: 100, summary: 'median' },
  'analysis-browser-ms': { label: 'analysis screen of a 100-respondent audit, link to ranked gaps (browser)', unit: 'ms', summary: 'median' },
  'analysis-browser-longest-task': { label: 'longest task on the page while that screen analyses and draws', unit: 'ms', summary: 'median' },
  'list-entry-10': { label: 'add list entry 10, click to next frame', unit: 'ms', summary: 'median' },
  'list-entry-200': { label: 'add list entry 200, click to next frame', unit: 'ms', summary: 'median' },
};

type App = 'floor' | 'ours';

export class Results {
  private samples = new Map<string, Record<App, number[]>>();

  add(metric: string, app: App, value: number): void {
    const entry = this.samples.get(metric) ?? { floor: [], ours: [] };
    entry[app].push(value);
    this.samples.set(metric, entry);
  }

  addAll(metric: string, app: App, values: readonly number[]): void {
    // Per-answer latencies are pooled over rounds; the p95 is taken over the pool too.
    for (const v of values) {
      this.add(metric, app, v);
      this.add(`${metric}-p95`, app, v);
    }
  }

  rows() {
    return Object.entries(METRICS)
      .filter(([key]) => this.samples.has(key))
      .map(([key, m]) => {
        const s = this.samples.get(key) as Record<App, number[]>;
        const pick = m.summary === 'p95' ? p95 : median;
        const floor = pick(s.floor);
        const ours = pick(s.ours);
        const ratio = floor > 0 ? ours / floor : Number.NaN; // NaN when the floor has no such figure
        const target = m.targetRatio !== undefined ? `<= ${m.targetRatio}x floor` : m.targetAbsolute !== undefined ? `<= ${m.targetAbsolute}` : '';
        const met = m.targetRatio !== undefined ? ratio <= m.targetRatio : m.targetAbsolute !== undefined ? ours <= m.targetAbsolute : undefined;
        return { key, label: m.label, unit: m.unit, floor: round(floor), ours: round(ours), ratio: round(ratio, 2), target, met, samples: { floor: s.floor.length, ours: s.ours.length } };
      });
  }

  report(meta: Record<string, unknown>) {
    const rows = this.rows();
    const entry10 = rows.find((r) => r.key === 'list-entry-10');
    const entry200 = rows.find((r) => r.key === 'list-entry-200');
    return {
      measuredAt: new Date().toISOString(),
      ...meta,
      note: 'Medians over rounds (latencies pooled over all answers of all rounds); ratio = ours / floor. Shared, noisy machine: compare ratios.',
      metrics: rows,
      listEntry200Over10: entry10 && entry200 ? { floor: round(entry200.floor / entry10.floor, 2), ours: round(entry200.ours / entry10.ours, 2), target: '<= 2' } : undefined,
    };
  }

  print(): void {
    const rows = this.rows();
    console.log(`\n${'metric'.padEnd(58)} ${'floor'.padStart(9)} ${'ours'.padStart(9)} ${'ratio'.padStart(7)}  target`);
    for (const r of rows) {
      console.log(`${`${r.label} (${r.unit})`.padEnd(58)} ${String(r.floor).padStart(9)} ${String(r.ours).padStart(9)} ${String(r.ratio).padStart(7)}  ${r.target}${r.met === undefined ? '' : r.met ? ' ok' : ' MISSED'}`);
    }
  }
}
