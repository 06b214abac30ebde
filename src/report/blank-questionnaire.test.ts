import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../tests/support/fixtures';
import { loadTestFonts } from '../../tests/fixtures/report/test-fonts';
import { buildBlankQuestionnaire, makeBlankQuestionnairePdf, type BlankQuestionnaireInput } from './blank-questionnaire';
import type { Block } from './document-model';

const workshop = loadTemplate('audit-templates/community-workshop.json');
const diagnostic = loadTemplate('audit-templates/local-diagnostic-trafficking.json');
const input = (over: Partial<BlankQuestionnaireInput> = {}): BlankQuestionnaireInput => ({
  template: workshop,
  language: 'en',
  bilingual: false,
  locality: 'Riverside',
  sessionCode: 'WS-01',
  generatedOn: '2026-11-28',
  ...over,
});
const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : b.kind === 'bullets' ? b.items : b.kind === 'table' ? [...b.columns.map((c) => c.header), ...b.rows.flat()] : []));

describe('blank questionnaire', () => {
  it('numbers questions and answers like the entry table, with circles, boxes and lines', () => {
    const model = buildBlankQuestionnaire(input());
    expect(model.fileName).toBe('questionnaire-community-workshop-ws-01-2026-11-28-en.pdf');
    expect(buildBlankQuestionnaire(input({ language: 'fr' })).fileName).toBe('questionnaire-community-workshop-ws-01-2026-11-28-fr.pdf');
    expect(buildBlankQuestionnaire(input({ bilingual: true })).fileName).toBe('questionnaire-community-workshop-ws-01-2026-11-28-en-fr.pdf');
    expect(model.cover).toMatchObject({ locality: 'Riverside', title: 'Community workshop: keeping people safe from exploitation' });
    const all = texts(model.blocks);
    expect(all).toContain('Q2.  How worried are you that people in our community are being taken advantage of: forced to work, or pushed into selling sex?');
    expect(all).toContain('○ 1 Not worried      ○ 2      ○ 3      ○ 4      ○ 5 Very worried');
    const risk = model.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Q9.'));
    expect(model.blocks.slice(risk).find((b) => b.kind === 'bullets')).toEqual({ kind: 'bullets', numbered: true, items: ['○  Getting better: less of a problem', '○  About the same', '○  Getting worse: more of a problem'] });
    expect(all).toContain('Tick up to 3 answers.');
    expect(all).toContain('Choose only among the answers you ticked in question 6.');
    // A personal form never asks the group's head count, nor prints the facilitator's notes.
    expect(all.some((t) => t.includes('How many people are taking part?'))).toBe(false);
    expect(all.some((t) => t.includes('The facilitator reads this part aloud'))).toBe(false);
    expect(all).toContain('Answer only if your answer to question 3 calls for it.');
    expect(all.filter((t) => /^_{20,}$/.test(t)).length).toBeGreaterThan(8);
    expect(all).toContain('□  The facilitator read this aloud and the group agreed to go ahead.');
  });

  it('prints in French, or in both languages', () => {
    const fr = texts(buildBlankQuestionnaire(input({ language: 'fr' })).blocks);
    expect(fr).toContain('Cochez une seule réponse.');
    const both = texts(buildBlankQuestionnaire(input({ bilingual: true })).blocks);
    expect(both).toContain('Tick one answer. / Cochez une seule réponse.');
    expect(both.some((t) => t.startsWith('Q1.  Date of the workshop / Date de l’atelier'))).toBe(true);
  });

  it('prints grids and repeating lists as tables to fill in', () => {
    const model = buildBlankQuestionnaire(input({ template: diagnostic }));
    const tables = model.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.every((t) => t.kind === 'table' && t.rows.every((row) => row.slice(1).every((cell) => ['○', '□', ' '].includes(cell))))).toBe(true);
  });

  it('renders to a PDF whose text carries the questions and no answers', { timeout: 30_000 }, async () => {
    const { bytes } = await makeBlankQuestionnairePdf(input({ bilingual: true }), loadTestFonts);
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const file = join(mkdtempSync(join(tmpdir(), 'blank-')), 'form.pdf');
    writeFileSync(file, bytes);
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    } catch {
      return; // pdftotext is optional on developer machines; the bytes were checked above.
    }
    expect(text).toContain('What should be done first?');
    expect(text).toContain('Que faudrait-il faire en premier?');
    expect(text).toContain('○');
  });
});
