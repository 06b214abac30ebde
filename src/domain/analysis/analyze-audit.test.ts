import { describe, expect, it } from 'vitest';
import { auditOf, diagnosticTemplate, keyOf, workshopTemplate } from '../../../tests/fixtures/analysis/fixture-audit';
import { analyzeAudit } from './analyze-audit';

describe('analyzeAudit', () => {
  it('gives an empty but complete result for an audit without respondents', () => {
    const findings = analyzeAudit({ templates: [diagnosticTemplate()], respondents: [], answers: new Map() });
    expect(findings.respondents).toEqual({ total: 0, byType: { interview: 0, 'desk-review': 0, workshop: 0, other: 0 }, participants: 0, people: 0, unanalysed: 0 });
    expect(findings.questions).toEqual([]);
    expect(findings.concern.group).toEqual([]);
    expect(findings.registers).toEqual({ partners: [], activities: [], places: [] });
    expect(findings.gaps).toEqual([]);
    expect(findings.coverage.groupsByActivities).toEqual({ rows: [], columns: [], cells: {}, uncovered: [] });
    // The ten elements are listed even before anyone rates them, so the screen shows what is missing.
    expect(findings.frameworkElements.map((e) => e.subject.id)).toEqual(['evidence-base', 'partnerships', 'monitoring']);
    expect(findings.threshold).toBe(5);
  });

  it('analyses one respondent, banding every count of people', () => {
    const template = diagnosticTemplate();
    const findings = analyzeAudit(auditOf([{ template, answers: { 'groups-present': ['youth-in-care'], 'groups-concern': { 'youth-in-care': 5 } } }]));
    expect(findings.respondents.total).toBe(1);
    expect(findings.concern.group).toEqual([
      expect.objectContaining({ subject: expect.objectContaining({ id: 'youth-in-care' }), rank: 1, concern: 1, mentions: { kind: 'fewer-than', threshold: 5 } }),
    ]);
    const present = findings.questions.find((q) => q.itemId === 'groups-present');
    expect(present?.answered).toEqual({ kind: 'fewer-than', threshold: 5 });
  });

  it('counts respondents by type and workshop participants as people', () => {
    const findings = analyzeAudit(auditOf([
      { template: diagnosticTemplate(), answers: {} },
      { template: workshopTemplate(), type: 'workshop', participants: 12, answers: {} },
      { template: diagnosticTemplate(), type: 'desk-review', answers: {} },
    ]));
    expect(findings.respondents).toEqual({ total: 3, byType: { interview: 1, 'desk-review': 1, workshop: 1, other: 0 }, participants: 12, people: 14, unanalysed: 0 });
  });

  it('counts a person who answered alone within a workshop session as one of its people, not a group', () => {
    const input = auditOf([
      { id: 'ws', template: workshopTemplate(), type: 'workshop', participants: 9, answers: {} },
      { id: 'p1', template: workshopTemplate(), type: 'workshop', participants: 1, answers: { 'worry-level': 3 } },
      { id: 'p2', template: workshopTemplate(), type: 'workshop', participants: 1, answers: {} },
    ]);
    const respondents = input.respondents.map((r) => (r.id === 'ws' ? r : { ...r, session: { id: 'ws', role: 'participant' as const } }));
    const findings = analyzeAudit({ ...input, respondents });
    expect(findings.respondents).toEqual({ total: 1, byType: { interview: 0, 'desk-review': 0, workshop: 1, other: 0 }, participants: 9, people: 9, unanalysed: 0 });
  });

  it('counts but does not analyse a respondent whose template is missing', () => {
    const input = auditOf([{ template: diagnosticTemplate(), answers: { 'groups-present': ['street-youth'] } }]);
    const findings = analyzeAudit({ ...input, templates: [workshopTemplate()] });
    expect(findings.respondents.unanalysed).toBe(1);
    expect(findings.concern.group).toEqual([]);
  });

  it('never copies respondent codes into the result', () => {
    const template = diagnosticTemplate();
    const findings = analyzeAudit(auditOf([{ template, answers: { 'main-gaps': 'No shelter beds', 'groups-present': ['youth-in-care'] } }]));
    expect(JSON.stringify(findings)).not.toContain('CODE-1');
  });

  it('returns plain serializable data', () => {
    const template = diagnosticTemplate();
    const findings = analyzeAudit(auditOf([{ template, answers: { 'groups-present': ['youth-in-care'], 'groups-concern': { 'youth-in-care': 4 } } }]));
    expect(structuredClone(findings)).toEqual(findings);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  });

  it('uses the small-count threshold from the options everywhere', () => {
    const template = diagnosticTemplate();
    const respondents = Array.from({ length: 6 }, () => ({ template, answers: { 'groups-present': ['youth-in-care'] } }));
    const findings = analyzeAudit(auditOf(respondents), { smallCountThreshold: 10 });
    expect(findings.threshold).toBe(10);
    expect(findings.concern.group[0]?.mentions).toEqual({ kind: 'fewer-than', threshold: 10 });
    expect(keyOf(template)).toBe('mini-diagnostic@1.0.0');
  });
});
