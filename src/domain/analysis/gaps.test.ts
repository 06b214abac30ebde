import { describe, expect, it } from 'vitest';
import { auditOf, diagnosticTemplate, workshopTemplate, type PlainAnswers } from '../../../tests/fixtures/analysis/fixture-audit';
import { analyzeAudit } from './analyze-audit';

const template = diagnosticTemplate();
const workshop = workshopTemplate();
const gapIds = (answers: PlainAnswers[]) => analyzeAudit(auditOf(answers.map((a) => ({ template, answers: a })))).gaps.map((g) => g.id).sort();

const activity = (more: PlainAnswers = {}): PlainAnswers => ({ 'activity-register': ['a'], 'activity-register/a/activity-name': 'Outreach', 'activity-register/a/activity-elements': ['evidence-base', 'partnerships', 'monitoring'], ...more });

describe('gaps', () => {
  it('finds a group of high concern that no activity reaches', () => {
    const answers = { ...activity({ 'activity-register/a/activity-groups': ['street-youth'] }), 'groups-present': ['youth-in-care', 'street-youth', 'migrant-workers'], 'groups-concern': { 'youth-in-care': 5, 'street-youth': 5, 'migrant-workers': 2 } };
    const findings = analyzeAudit(auditOf([{ template, answers }, { template, answers }]));
    const gap = findings.gaps.find((g) => g.kind === 'uncovered-group');
    expect(findings.gaps.filter((g) => g.kind === 'uncovered-group').map((g) => g.id)).toEqual(['uncovered-group:youth-in-care']);
    expect(gap).toMatchObject({ subject: { dimension: 'group', id: 'youth-in-care' }, score: { concern: 1, basis: { concernSource: 'measured', support: 2 } } });
  });

  it('does not guess at coverage when nobody was asked about activities', () => {
    const ids = analyzeAudit(auditOf([{ template: workshop, type: 'workshop', participants: 9, answers: { 'groups-present': { value: ['youth-in-care'], group: { tally: { 'youth-in-care': 9 } } }, 'group-most-worry': 'youth-in-care' } }])).gaps.map((g) => g.kind);
    expect(ids).not.toContain('uncovered-group');
  });

  it('folds "groups not reached" into the uncovered-group gap of the same group', () => {
    const findings = analyzeAudit(auditOf([{ template, answers: { ...activity(), 'groups-present': ['youth-in-care'], 'groups-concern': { 'youth-in-care': 4 }, 'groups-not-reached': ['youth-in-care'] } }]));
    expect(findings.gaps.filter((g) => g.subject?.id === 'youth-in-care').map((g) => [g.id, g.score.basis.support])).toEqual([['uncovered-group:youth-in-care', 2]]);
  });

  it('finds a sector with forced-labour indicators and no labour-inspection partner active in it', () => {
    const partners = { 'partner-register': ['p'], 'partner-register/p/partner-name': 'Labour Inspectorate', 'partner-register/p/partner-type': 'labour-inspection' };
    const answers = { ...partners, 'sectors-of-concern': ['agriculture', 'hotels'], 'sectors-ilo': { agriculture: ['deception', 'debt-bondage'], hotels: ['deception'] }, 'sectors-partners': { hotels: ['p'] } };
    const findings = analyzeAudit(auditOf([{ template, answers }]));
    const gaps = findings.gaps.filter((g) => g.kind === 'sector-without-inspection');
    expect(gaps.map((g) => g.id)).toEqual(['sector-without-inspection:agriculture']);
    expect(gaps[0]?.score).toMatchObject({ concern: 0.6, basis: { concernSource: 'default', support: 1 } });
  });

  it('finds framework elements no activity addresses, and weak ones', () => {
    const answers = {
      'activity-register': ['a'], 'activity-register/a/activity-name': 'Outreach', 'activity-register/a/activity-elements': ['partnerships', 'monitoring'],
      'framework-gaps': { 'evidence-base': 2, partnerships: 1, monitoring: 5 },
    };
    expect(gapIds([answers])).toEqual(['element-unaddressed:evidence-base', 'element-weak:partnerships']);
    const findings = analyzeAudit(auditOf([{ template, answers }]));
    expect(findings.gaps.find((g) => g.id === 'element-unaddressed:evidence-base')?.score.concern).toBe(0.75);
    expect(findings.frameworkElements.map((e) => [e.subject.id, e.addressed, e.activities])).toEqual([['evidence-base', 0.25, 0], ['partnerships', 0, 1], ['monitoring', 1, 1]]);
  });

  it('finds no unaddressed element when no activity was placed in the framework at all (an optional question left empty)', () => {
    const answers = { 'activity-register': ['a', 'b'], 'activity-register/a/activity-name': 'Outreach', 'activity-register/b/activity-name': 'Farm visits' };
    expect(gapIds([answers]).filter((id) => id.startsWith('element-'))).toEqual([]);
  });

  it('takes gaps respondents name: subjects, options and their own words', () => {
    const findings = analyzeAudit(auditOf([
      { template, answers: { 'groups-present': ['migrant-workers'], 'groups-not-reached': ['migrant-workers'], barriers: ['funding'], 'main-gaps': 'No shelter beds for youth' } },
      { template, answers: { barriers: ['funding', 'turnover'], 'main-gaps': 'no shelter beds for youth!' } },
      { template: workshop, type: 'workshop', participants: 15, answers: { 'whats-missing': { group: { contributions: ['More outreach at night', ' '] } } } },
    ]));
    const named = Object.fromEntries(findings.gaps.filter((g) => g.kind === 'named').map((g) => [g.id, g.support]));
    expect(Object.keys(named).sort()).toEqual(['named-option:barriers:funding', 'named-option:barriers:turnover', expect.stringMatching(/^named-text:[0-9a-f]{8}$/), expect.stringMatching(/^named-text:[0-9a-f]{8}$/), 'named:group:migrant-workers']);
    const texts = findings.gaps.filter((g) => g.text).map((g) => [g.text, g.score.basis.support]);
    expect(texts).toEqual(expect.arrayContaining([['No shelter beds for youth', 2], ['More outreach at night', 1]]));
    expect(findings.gaps.find((g) => g.id === 'named-option:barriers:funding')?.option).toEqual({ itemId: 'barriers', id: 'funding', label: { kind: 'text', text: { en: 'funding', fr: 'funding (fr)' } } });
  });

  it('gives free-text gaps the same id every time, whoever wrote them first', () => {
    const a = analyzeAudit(auditOf([{ template, answers: { 'main-gaps': 'No data' } }, { template, answers: { 'main-gaps': 'Few shelters' } }])).gaps.map((g) => g.id).sort();
    const b = analyzeAudit(auditOf([{ template, answers: { 'main-gaps': 'Few shelters' } }, { template, answers: { 'main-gaps': 'NO DATA.' } }])).gaps.map((g) => g.id).sort();
    expect(a).toEqual(b);
  });

  it('ranks gaps by score and lets an override re-rank them, with its reason', () => {
    const answers = { ...activity({ 'activity-register/a/activity-groups': [] }), 'groups-present': ['youth-in-care'], 'groups-concern': { 'youth-in-care': 5 }, barriers: ['turnover'] };
    const plain = analyzeAudit(auditOf([{ template, answers }]));
    expect(plain.gaps[0]?.id).toBe('uncovered-group:youth-in-care');
    const overridden = analyzeAudit(auditOf([{ template, answers }], [{ gapId: 'named-option:barriers:turnover', score: 95, reason: 'Staff leave every year', at: 5 }]));
    expect(overridden.gaps[0]).toMatchObject({ id: 'named-option:barriers:turnover', rank: 1, effectiveScore: 95, override: { reason: 'Staff leave every year' } });
    expect(overridden.gaps.map((g) => g.rank)).toEqual(overridden.gaps.map((_, i) => i + 1));
  });

  it('weights evidence by data-source confidence and capacity by the capacity ratings', () => {
    const base = { ...activity(), 'groups-present': ['youth-in-care'], 'groups-concern': { 'youth-in-care': 5 } };
    const trusted = analyzeAudit(auditOf([{ template, answers: { ...base, 'data-sources-used': ['police-stats'], 'data-confidence': { 'police-stats': 5 }, 'capacity-to-act': 5 } }]));
    const doubted = analyzeAudit(auditOf([{ template, answers: { ...base, 'data-sources-used': ['police-stats'], 'data-confidence': { 'police-stats': 1 }, 'capacity-to-act': 1 } }]));
    const score = (f: typeof trusted) => f.gaps.find((g) => g.kind === 'uncovered-group')?.score;
    expect(score(trusted)).toMatchObject({ evidence: 0.333, capacity: 1, basis: { confidence: 1, capacityMean: 1 } });
    expect(score(doubted)).toMatchObject({ evidence: 0.167, capacity: 0.2, basis: { confidence: 0, capacityMean: 0 } });
  });
});
