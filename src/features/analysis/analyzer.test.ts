import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { analysisInputFromBundle, analyzeAudit, parseBundleText, type AnalysisInput } from '../../domain';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';
import { createAnalyzer, type AnalysisWorker } from './analyzer';

function exampleAudit(): AnalysisInput {
  const path = fileURLToPath(new URL('../../../tests/fixtures/example-audit.bundle.json', import.meta.url));
  const parsed = parseBundleText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error('the example bundle does not parse');
  return analysisInputFromBundle(parsed.bundle);
}

/** A stand-in worker: answers each request later, as `reply` decides, on a structured clone as a worker would. */
function fakeWorker(reply: (request: AnalysisRequest) => AnalysisResponse | 'crash') {
  const posted: number[] = [];
  const worker: AnalysisWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      posted.push(message.id);
      setTimeout(() => {
        const response = reply(structuredClone(message));
        if (response === 'crash') worker.onerror?.({ message: 'worker crashed' } as ErrorEvent);
        else worker.onmessage?.(new MessageEvent('message', { data: response }));
      }, 0);
    },
    terminate: vi.fn(),
  };
  return { worker, posted };
}

describe('createAnalyzer', () => {
  const input = exampleAudit();
  const expected = JSON.stringify(analyzeAudit(input));

  it('analyses in the worker, one worker for every request, each answer matched to its request', async () => {
    const fake = fakeWorker(({ id, input: sent }) => ({ id, findings: analyzeAudit(sent) }));
    const make = vi.fn(() => fake.worker);
    const analyze = createAnalyzer(make);
    const one = { ...input, respondents: input.respondents.slice(0, 1) };
    const [first, second] = await Promise.all([analyze(input), analyze(one)]);
    expect(JSON.stringify(first)).toBe(expected);
    expect(JSON.stringify(second)).toBe(JSON.stringify(analyzeAudit(one)));
    expect(second.respondents.total).toBe(1);
    expect(make).toHaveBeenCalledTimes(1);
    expect(fake.posted).toEqual([0, 1]);
  });

  it('analyses on the page when the worker reports an error', async () => {
    const fake = fakeWorker(({ id }) => ({ id, error: 'out of memory' }));
    const findings = await createAnalyzer(() => fake.worker)(input);
    expect(JSON.stringify(findings)).toBe(expected);
  });

  it('analyses on the page from then on when the worker crashes, for the waiting request too', async () => {
    const fake = fakeWorker(() => 'crash');
    const analyze = createAnalyzer(() => fake.worker);
    expect(JSON.stringify(await analyze(input))).toBe(expected);
    expect(fake.worker.terminate).toHaveBeenCalled();
    expect(JSON.stringify(await analyze(input))).toBe(expected);
    expect(fake.posted).toEqual([0]);
  });

  it('analyses on the page where no worker can start', async () => {
    expect(JSON.stringify(await createAnalyzer(undefined)(input))).toBe(expected);
    const failing = createAnalyzer(() => {
      throw new Error('workers are not allowed here');
    });
    expect(JSON.stringify(await failing(input))).toBe(expected);
  });

  it('rejects when the analysis fails on the page as well', async () => {
    const broken = { ...input, answers: null } as unknown as AnalysisInput;
    const fake = fakeWorker(({ id }) => ({ id, error: 'no answers' }));
    await expect(createAnalyzer(() => fake.worker)(broken)).rejects.toThrow(TypeError);
  });
});
