import { describe, expect, it } from 'vitest';
import { loadTestFonts } from '../../../tests/fixtures/report/test-fonts';
import { sampleInput } from '../../../tests/fixtures/report/sample-findings';
import { buildDocument } from '../build-document';
import { fileIdOf } from './pdf-identity';
import { renderPdf } from './render-pdf';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('renderPdf', { timeout: 30_000 }, () => {
  it('gives the same bytes for the same input, dated and identified from it', async () => {
    const model = buildDocument(sampleInput('fr'));
    const [first, second] = [await renderPdf(model, loadTestFonts), await renderPdf(model, loadTestFonts)];
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    const text = latin1(first);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain("/CreationDate (D:20260915000000+00'00')");
    expect(text).toContain(`/ID [ <${fileIdOf(model)}> <${fileIdOf(model)}> ]`);
  });

  it('differs only by its generation date when that changes', async () => {
    const model = buildDocument(sampleInput('en', '2026-10-01'));
    const text = latin1(await renderPdf(model, loadTestFonts));
    expect(text).toContain("/CreationDate (D:20261001000000+00'00')");
    expect(text).not.toContain('D:20260915');
  });

  it('embeds its font and draws charts as vectors, not images', async () => {
    const text = latin1(await renderPdf(buildDocument(sampleInput('en')), loadTestFonts));
    expect(text).toContain('/FontFile2');
    expect(text).not.toContain('/Subtype /Image');
  });

  it('reports progress through every block', async () => {
    const model = buildDocument(sampleInput('en'));
    const seen: string[] = [];
    let last = 0;
    await renderPdf(model, loadTestFonts, {
      onProgress: ({ stage, done, total }) => {
        if (stage === 'layout') {
          expect(done).toBeGreaterThan(last);
          last = done;
        }
        expect(done).toBeLessThanOrEqual(total);
        if (!seen.includes(stage)) seen.push(stage);
      },
    });
    expect(seen).toEqual(['fonts', 'layout', 'finishing']);
    expect(last).toBe(model.blocks.length);
  });
});
