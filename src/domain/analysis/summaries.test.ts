import { describe, expect, it } from 'vitest';
import { auditOf, diagnosticTemplate, workshopTemplate } from '../../../tests/fixtures/analysis/fixture-audit';
import { analyzeAudit } from './analyze-audit';

const template = diagnosticTemplate();
const exact = (value: number) => ({ kind: 'exact', value });
const few = { kind: 'fewer-than', threshold: 5 };

describe('indicators, confidence and engagement', () => {
  it('counts ILO indicators per sector in people, and warning signs seen without a sector', () => {
    const answers = { 'sectors-of-concern': ['agriculture', 'hotels'], 'sectors-ilo': { agriculture: ['deception', 'debt-bondage'], hotels: ['deception'] } };
    const findings = analyzeAudit(auditOf([
      ...Array.from({ length: 5 }, () => ({ template, answers })),
      { template: workshopTemplate(), type: 'workshop' as const, participants: 8, answers: { 'warning-signs': { value: ['debt-bondage'], group: { tally: { 'debt-bondage': 6 } } } } },
    ]));
    expect(findings.indicators.rows.map((r) => r.id)).toEqual(['agriculture', 'hotels']);
    expect(findings.indicators.columns.map((c) => c.id)).toEqual(['deception', 'debt-bondage']);
    expect(findings.indicators.cells).toEqual({ agriculture: { deception: exact(5), 'debt-bondage': exact(5) }, hotels: { deception: exact(5) } });
    expect(findings.indicators.totals).toEqual({ agriculture: exact(5), hotels: exact(5) });
    expect(findings.indicators.unattributed).toEqual([{ subject: expect.objectContaining({ id: 'debt-bondage' }), people: exact(6) }]);
  });

  it('gives each data source its mean confidence and how many rated it, overall confidence apart', () => {
    const findings = analyzeAudit(auditOf([
      { template, answers: { 'data-sources-used': ['police-stats', 'ngo-records'], 'data-confidence': { 'police-stats': 5, 'ngo-records': 3 }, 'overall-confidence': 2 } },
      { template, answers: { 'data-sources-used': ['police-stats'], 'data-confidence': { 'police-stats': 3 } } },
    ]));
    expect(findings.confidence).toEqual({
      sources: [
        { subject: expect.objectContaining({ id: 'police-stats' }), mean: 0.75, rated: 2, used: few },
        { subject: expect.objectContaining({ id: 'ngo-records' }), mean: 0.5, rated: 1, used: few },
      ],
      overall: { mean: 0.25, rated: 1 },
      mean: 0.625,
    });
  });

  it('falls back on overall confidence when no source was rated', () => {
    const findings = analyzeAudit(auditOf([{ template, answers: { 'overall-confidence': 4 } }]));
    expect(findings.confidence).toEqual({ sources: [], overall: { mean: 0.75, rated: 1 }, mean: 0.75 });
  });

  it('summarises community-wide engagement items', () => {
    const findings = analyzeAudit(auditOf([{ template, answers: { cooperation: 5 } }, { template, answers: { cooperation: 2 } }]));
    expect(findings.engagement.items).toEqual([{ itemId: 'cooperation', mean: 0.625, rated: 2 }]);
  });
});
