import { describe, expect, it } from 'vitest';
import { loadTestFonts } from '../../tests/fixtures/report/test-fonts';
import { sampleInput } from '../../tests/fixtures/report/sample-findings';
import { handlePdfRequest } from './handle-pdf-request';
import type { PdfResponse } from './pdf-messages';

describe('the PDF worker', { timeout: 30_000 }, () => {
  it('posts progress, then the file with its bytes transferred', async () => {
    const posted: { response: PdfResponse; transfer?: Transferable[] }[] = [];
    await handlePdfRequest({ type: 'generate', input: sampleInput('fr') }, (response, transfer) => posted.push({ response, transfer }), loadTestFonts);
    const last = posted.at(-1);
    expect(last?.response.type).toBe('done');
    if (last?.response.type !== 'done') return;
    expect(last.response.fileName).toBe('plan-d-action-riviere-verte-2026-09-15.pdf');
    expect(Buffer.from(last.response.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(last.transfer).toEqual([last.response.bytes]);
    const progress = posted.slice(0, -1).map((p) => p.response);
    expect(progress.every((p) => p.type === 'progress')).toBe(true);
    expect(progress.length).toBeLessThan(60);
    expect(progress.map((p) => (p.type === 'progress' ? p.stage : ''))).toEqual(expect.arrayContaining(['model', 'fonts', 'layout', 'finishing']));
  });

  it('answers an error as a message, never a thrown exception', async () => {
    const posted: PdfResponse[] = [];
    const broken = () => Promise.reject(new Error('font missing'));
    await handlePdfRequest({ type: 'generate', input: sampleInput('en') }, (response) => posted.push(response), broken);
    expect(posted.at(-1)).toEqual({ type: 'error', message: 'font missing' });
  });
});
