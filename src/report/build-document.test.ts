import { describe, expect, it } from 'vitest';
import { sampleInput } from '../../tests/fixtures/report/sample-findings';
import { buildDocument } from './build-document';
import { contentsOf, type Block, type DocumentModel } from './document-model';

function textOf(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'bullets':
      return block.items;
    case 'key-value':
      return block.rows.flatMap((row) => [row.label, row.value]);
    case 'table':
      return [...block.columns.map((c) => c.header), ...block.rows.flat()];
    case 'bar-chart':
      return [block.title, block.axisLabel, ...block.bars.flatMap((bar) => [bar.label, bar.display])];
    case 'heat-map':
      return [block.title, block.corner, ...block.columns, ...block.rows.flatMap((row) => [row.label, ...row.cells.map((c) => c.text)]), block.legend];
    case 'page-break':
      return [];
  }
}

const allText = (model: DocumentModel) => [model.title, ...model.cover.fields.flatMap((f) => [f.label, f.value]), model.cover.notice, ...model.blocks.flatMap(textOf)].join('\n');
const level1 = (model: DocumentModel) => contentsOf(model.blocks).filter((e) => e.level === 1).map((e) => e.text);

describe('buildDocument', () => {
  const en = buildDocument(sampleInput('en'));
  const fr = buildDocument(sampleInput('fr'));

  it('has the parts of a local action plan, in order, in the chosen language', () => {
    expect(level1(en)).toEqual(['Summary', 'Method', 'Findings by diagnostic area', 'Coverage', 'Gaps and priorities', 'Action plan', 'Monitoring plan', 'Annex: summary of answers']);
    expect(level1(fr)).toEqual(['Sommaire', 'Méthodologie', 'Constats par volet du diagnostic', 'Couverture', 'Lacunes et priorités', 'Plan d’action', 'Plan de suivi', 'Annexe\u00a0: sommaire des réponses']);
    expect(contentsOf(en.blocks).filter((e) => e.level === 2).map((e) => e.text)).toContain('Groups at risk');
  });

  it('puts locality, period, questionnaire and date on the cover, and names the file', () => {
    expect(en.cover.locality).toBe('Rivière-Verte');
    expect(en.cover.fields).toContainEqual({ label: 'Period covered', value: 'January 1, 2026 to June 30, 2026' });
    expect(en.cover.fields).toContainEqual({ label: 'Questionnaire', value: 'Local diagnostic: trafficking in persons, version 1.0.0' });
    expect(fr.cover.fields).toContainEqual({ label: 'Date du présent plan', value: '15 septembre 2026' });
    expect(en.fileName).toBe('action-plan-riviere-verte-2026-09-15.pdf');
    expect(fr.fileName).toBe('plan-d-action-riviere-verte-2026-09-15.pdf');
    expect(en.pageLabel).toBe('Page {{page}} of {{total}}');
  });

  it('shows small counts only as a band', () => {
    expect(allText(en)).toContain('fewer than\u00a05');
    expect(allText(fr)).toContain('moins de\u00a05');
    const heatCells = en.blocks.flatMap((b) => (b.kind === 'heat-map' ? b.rows.flatMap((r) => r.cells.map((c) => c.text)) : []));
    expect(heatCells).toContain('< 5');
    // How many respondents named a partner or an activity is a small count too.
    const named = en.blocks.flatMap((b) => (b.kind === 'table' && b.columns[1]?.header === 'Named by (respondents)' ? b.rows.map((r) => r[1]) : []));
    expect(named).toEqual(['fewer than\u00a05', 'fewer than\u00a05']);
  });

  it('shows how each gap score was reached, and an override with its reason', () => {
    const gaps = en.blocks.find((b) => b.kind === 'table' && b.columns.some((c) => c.header === 'Concern × evidence × capacity'));
    expect(gaps?.kind === 'table' && gaps.rows[0]).toEqual(['1', 'Temporary foreign workers', 'Group no activity reaches', 'fewer than\u00a05', '60 × 50 × 50 *', '15', '90: Le comité juge cette lacune urgente.']);
    expect(allText(en)).toContain('* Not measured: a default value for this kind of gap.');
  });

  it('names a change of priority whose gap is no longer found as it was shown, not by its id', () => {
    const input = sampleInput('en');
    const overrides = [
      { gapId: 'uncovered-group:pickers', gapName: 'Group no activity reaches: Seasonal pickers', score: 80, reason: 'Harvest', at: 1 },
      { gapId: 'named:old', score: 70, reason: 'Older plan', at: 1 },
    ];
    const plan = { ...(input.plan ?? { formatVersion: 1 as const, problemStatement: '', priorities: [], monitoring: { who: '', frequency: 'yearly' as const, protocols: '' }, updatedAt: 1 }), overrides };
    const text = allText(buildDocument({ ...input, plan, findings: { ...input.findings, unmatchedOverrides: ['uncovered-group:pickers', 'named:old'] } }));
    expect(text).toContain('Overrides recorded for gaps this analysis no longer finds: Group no activity reaches: Seasonal pickers (80: Harvest) and named:old (70: Older plan).');
    expect(text).not.toContain('uncovered-group:pickers');
  });

  it('names a priority that has no name yet as such, never printing an empty title', () => {
    const input = sampleInput('en');
    if (!input.plan) throw new Error('the sample has a plan');
    const priorities = input.plan.priorities.map((p, i) => (i === 0 ? { ...p, title: ' ' } : p));
    const text = allText(buildDocument({ ...input, plan: { ...input.plan, priorities } }));
    expect(text).toContain('Priority 1: (no name yet)');
    expect(text).not.toMatch(/Priority 1: *\n/);
  });

  it('draws charts from the shared series: concern as an index, banded counts as outlines', () => {
    const charts = en.blocks.filter((b) => b.kind === 'bar-chart');
    const groups = charts.find((c) => c.title === 'Level of concern for each group at risk');
    expect(groups?.bars.map((b) => [b.label, b.value, b.display])).toEqual([['Children and youth in or leaving care', 85, '85'], ['Temporary foreign workers', 60, '60']]);
    const places = charts.find((c) => c.title === 'Types of places named by respondents');
    expect(places?.bars).toEqual([{ label: 'Motels and short-stay lodging', value: 5, display: 'fewer than\u00a05', banded: true }]);
  });

  it('lists every action and indicator of the plan, and says yes and no in words', () => {
    const text = allText(fr);
    expect(text).toContain('Priorité 1\u00a0: Jeunes qui quittent la protection de la jeunesse');
    expect(text).toContain('Du 1er mars 2026 au 28 mars 2027');
    expect(text).toContain('Trimestrielle');
    expect(text).toContain('Oui\u00a0: 5; Non\u00a0: moins de\u00a05');
    const tables = fr.blocks.filter((b) => b.kind === 'table');
    expect(tables.every((t) => t.kind === 'table' && t.repeatHeader)).toBe(true);
  });

  it('names the summary\'s confidence after what it averages, never like the method\'s overall rating', () => {
    const input = sampleInput('en');
    const fromSources = input.findings.confidence.sources.some((s) => s.mean !== undefined);
    expect(allText(en)).toContain(fromSources ? 'Confidence in the data sources (mean)' : 'Respondents’ overall confidence in their answers');
    const unrated = { ...input, findings: { ...input.findings, confidence: { ...input.findings.confidence, sources: [], mean: 0.5 } } };
    const text = allText(buildDocument(unrated));
    expect(text).toContain('Respondents’ overall confidence in their answers');
    expect(text).not.toContain('Confidence in the data sources');
  });

  it('is the same for the same input', () => {
    expect(buildDocument(sampleInput('en'))).toEqual(en);
  });
});
