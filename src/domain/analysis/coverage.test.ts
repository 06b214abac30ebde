import { describe, expect, it } from 'vitest';
import { auditOf, diagnosticTemplate, workshopTemplate } from '../../../tests/fixtures/analysis/fixture-audit';
import type { AnalysisRespondent, Template } from '../runtime';
import { analyzeAudit } from './analyze-audit';

const template = diagnosticTemplate();

describe('coverage', () => {
  it('shows which merged activity reaches which group, and the groups none reaches', () => {
    const findings = analyzeAudit(auditOf([
      { template, answers: { 'groups-present': ['youth-in-care', 'street-youth', 'migrant-workers'], 'activity-register': ['a'], 'activity-register/a/activity-name': 'Street outreach', 'activity-register/a/activity-groups': ['street-youth'] } },
      { template, answers: { 'groups-present': ['youth-in-care', 'street-youth'], 'activity-register': ['b'], 'activity-register/b/activity-name': 'street  outreach', 'activity-register/b/activity-groups': ['youth-in-care'] } },
    ]));
    const matrix = findings.coverage.groupsByActivities;
    expect(matrix.columns).toEqual([{ key: 'activities:street-outreach', label: { kind: 'plain', text: 'Street outreach' }, kind: 'activity' }]);
    expect(matrix.cells).toEqual({ 'street-youth': ['activities:street-outreach'], 'youth-in-care': ['activities:street-outreach'] });
    expect(matrix.uncovered).toEqual(['migrant-workers']);
    expect(matrix.rows.map((r) => r.id).sort()).toEqual(['migrant-workers', 'street-youth', 'youth-in-care']);
  });

  it('shows partners active in sectors from the coverage matrix, partner fields and the partners of activities', () => {
    const findings = analyzeAudit(auditOf([{ template, answers: {
      'sectors-of-concern': ['agriculture', 'hotels', 'construction'],
      'partner-register': ['p1', 'p2', 'p3'],
      'partner-register/p1/partner-name': 'Hotel Association', 'partner-register/p2/partner-name': 'Labour Inspectorate', 'partner-register/p3/partner-name': 'Builders Union',
      'partner-register/p3/partner-sectors': ['construction'],
      'sectors-partners': { hotels: ['p1'] },
      'activity-register': ['a'], 'activity-register/a/activity-name': 'Farm visits', 'activity-register/a/activity-lead': 'p2', 'activity-register/a/activity-sectors': ['agriculture'],
    } }]));
    expect(findings.coverage.sectorsByPartners.cells).toEqual({
      hotels: ['partners:hotel-association'],
      construction: ['partners:builders-union'],
      agriculture: ['partners:labour-inspectorate'],
    });
    expect(findings.coverage.sectorsByPartners.uncovered).toEqual([]);
  });

  it('counts a rapid scan\'s "groups reached" in a column of its own', () => {
    const scan = { ...template, id: 'mini-scan', kind: 'rapid-scan', sections: [{ id: 'scan', title: { en: 'Scan', fr: 'Scan' }, items: [
      { type: 'multi-choice', id: 'groups-present', label: { en: 'g', fr: 'g' }, options: { list: 'groups' }, analysis: { measure: 'presence', dimension: 'group' } },
      { type: 'multi-choice', id: 'groups-reached', label: { en: 'r', fr: 'r' }, options: { fromAnswer: 'groups-present' }, analysis: { measure: 'coverage', dimension: 'group' } },
    ] }] } as Template;
    const respondent: AnalysisRespondent = { id: 's', code: 'S', type: 'interview', templateKey: 'mini-scan@1.0.0', excludedSections: [] };
    const findings = analyzeAudit({ templates: [scan, workshopTemplate()], respondents: [respondent], answers: new Map([['s', new Map([['groups-present', { value: ['youth-in-care', 'street-youth'] }], ['groups-reached', { value: ['street-youth'] }]])]]) });
    expect(findings.coverage.groupsByActivities.cells).toEqual({ 'street-youth': ['reported'] });
    expect(findings.coverage.groupsByActivities.columns).toEqual([{ key: 'reported', label: { kind: 'plain', text: '' }, kind: 'reported' }]);
    expect(findings.coverage.groupsByActivities.uncovered).toEqual(['youth-in-care']);
  });
});
