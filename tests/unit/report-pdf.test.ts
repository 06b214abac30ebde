import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBundleText, type AuditBundle } from '../../src/domain';
import type { DocumentModel } from '../../src/report/document-model';
import { reportInputFromBundle } from '../../src/report/from-bundle';
import { makePlanPdf } from '../../src/report/make-plan-pdf';
import { renderPdf } from '../../src/report/pdf/render-pdf';
import { loadTestFonts } from '../fixtures/report/test-fonts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lsa-report-pdf-'));

function bundle(path: string): AuditBundle {
  const parsed = parseBundleText(readFileSync(join(repoRoot, path), 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is not a valid audit file`);
  return parsed.bundle;
}

/** The text a reader (or a screen reader) gets out of the PDF, page by page, with poppler's pdftotext. */
function pdfPages(bytes: Uint8Array, name: string): string[] {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.split('\f').slice(0, -1);
}

const RESPONDENT_CODE = /\b(INT|DSK|WSG)-\d{2}\b/;

describe('printed action plan (pdftotext)', { timeout: 60_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const small = bundle('tests/fixtures/report/small-audit.bundle.json');

  it('in English: cover, contents, every part, running header and page numbers', async () => {
    const pdf = await makePlanPdf(reportInputFromBundle(small, 'en', '2026-09-15'), loadTestFonts);
    expect(pdf.fileName).toBe('action-plan-riviere-verte-2026-09-15.pdf');
    const pages = pdfPages(pdf.bytes, 'en.pdf');
    const all = pages.join('\n');
    expect(pages[0]).toContain('Local action plan');
    expect(pages[0]).toContain('Rivière-Verte');
    expect(pages[0]).toContain('January 1, 2026 to June 30, 2026');
    expect(pages[0]).toContain('Local diagnostic: trafficking in persons, version 1.0.0');
    expect(pages[1]).toContain('Contents');
    for (const part of ['Summary', 'Method', 'Findings by diagnostic area', 'Coverage', 'Gaps and priorities', 'Action plan', 'Monitoring plan', 'Annex: summary of answers']) {
      expect(pages[1]).toMatch(new RegExp(`${part}\\s+\\d+`));
    }
    pages.slice(1).forEach((page, i) => {
      expect(page).toMatch(/^\s*Local action plan\s+Rivière-Verte/);
      expect(page).toContain(`Page ${i + 2} of ${pages.length}`);
    });
    expect(all).toContain('fewer than 5');
    expect(all).toContain('Kind of gap');
    expect(all).toMatch(/\d+ × \d+ × \d+/);
    expect(all).toMatch(/Priority 1: /);
    expect(all).not.toMatch(RESPONDENT_CODE);
  });

  it('in French, accents and typography intact', async () => {
    const pdf = await makePlanPdf(reportInputFromBundle(small, 'fr', '2026-09-15'), loadTestFonts);
    const pages = pdfPages(pdf.bytes, 'fr.pdf');
    const all = pages.join('\n');
    expect(pages[0]).toContain('Plan d’action local');
    expect(pages[0]).toContain('Du 1er janvier 2026 au 30 juin 2026');
    expect(pages[1]).toContain('Table des matières');
    for (const words of ['Énoncé du problème', 'Méthodologie', 'Populations à risque', 'Secteurs d’emploi préoccupants', 'Lacunes et priorités', 'Plan de suivi', '« moins de 5 »', 'Priorité 1 :', 'Type de lacune', 'Campagne « Ouvrons l’œil »']) {
      expect(all).toContain(words);
    }
    expect(pages.at(-1)).toContain(`Page ${pages.length} de ${pages.length}`);
    expect(all).not.toMatch(RESPONDENT_CODE);
  });

  it('is byte for byte the same for the same audit and date', async () => {
    const input = reportInputFromBundle(small, 'fr', '2026-09-15');
    const [a, b] = [await makePlanPdf(input, loadTestFonts), await makePlanPdf(reportInputFromBundle(small, 'fr', '2026-09-15'), loadTestFonts)];
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
  });

  it('breaks a long table across pages, repeating its header, and never cuts a row’s text', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Action ${i + 1}`, i === 40 ? 'Très longue description. '.repeat(200) : 'Comité de suivi', `${i}`]);
    const model: DocumentModel = {
      language: 'fr', title: 'Plan', headerRight: 'Lieu', fileName: 'x.pdf', generatedOn: '2026-09-15', contentsTitle: 'Table des matières', pageLabel: 'Page {{page}} de {{total}}', footerLeft: '',
      cover: { title: 'Plan', locality: 'Lieu', subtitle: '', fields: [], notice: '' },
      blocks: [{ kind: 'heading', level: 1, text: 'Tableau' }, { kind: 'table', repeatHeader: true, columns: [{ header: 'Action', weight: 1 }, { header: 'Responsable', weight: 3 }, { header: 'Rang', weight: 1, align: 'right' }], rows }],
    };
    const pages = pdfPages(await renderPdf(model, loadTestFonts), 'table.pdf').slice(2);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page).toMatch(/Action\s+Responsable\s+Rang/);
    const all = pages.join('\n');
    for (let i = 1; i <= 120; i++) expect(all).toMatch(new RegExp(`Action ${i}\\s`));
    expect(all.match(/description\./g)?.length).toBe(200);
  });

  const example = 'tests/fixtures/example-audit.bundle.json';
  it.skipIf(!existsSync(join(repoRoot, example)))('prints the full example audit in both languages', async () => {
    const audit = bundle(example);
    for (const language of ['en', 'fr'] as const) {
      const pdf = await makePlanPdf(reportInputFromBundle(audit, language, '2026-09-15'), loadTestFonts);
      const all = pdfPages(pdf.bytes, `example-${language}.pdf`).join('\n');
      expect(all).toContain(audit.audit.locality);
      expect(all).toContain(language === 'en' ? 'Gaps and priorities' : 'Lacunes et priorités');
      for (const respondent of audit.respondents) expect(all).not.toMatch(new RegExp(`\\b${respondent.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    }
  });
});
