import { describe, expect, it } from 'vitest';
import { auditOf, diagnosticTemplate } from '../../../tests/fixtures/analysis/fixture-audit';
import { analyzeAudit } from './analyze-audit';

const template = diagnosticTemplate();
const concernOf = (findings: ReturnType<typeof analyzeAudit>, id: string) => findings.concern.group.find((s) => s.subject.id === id)?.concern;

describe('what analysis counts', () => {
  it('ignores the answers of a hidden question, though they stay stored', () => {
    const answers = { 'groups-present': ['youth-in-care'], 'groups-concern': { 'youth-in-care': 1 }, 'show-extra': 'no', 'extra-concern': { 'youth-in-care': 5 } };
    expect(concernOf(analyzeAudit(auditOf([{ template, answers }])), 'youth-in-care')).toBe(0);
    // Shown again, the same stored answer counts.
    expect(concernOf(analyzeAudit(auditOf([{ template, answers: { ...answers, 'show-extra': 'yes' } }])), 'youth-in-care')).toBe(0.5);
    expect(analyzeAudit(auditOf([{ template, answers }])).questions.some((q) => q.itemId === 'extra-concern')).toBe(false);
  });

  it('drops choices whose source no longer offers them (a group unticked after rating it)', () => {
    const findings = analyzeAudit(auditOf([{ template, answers: { 'groups-present': ['street-youth'], 'groups-concern': { 'youth-in-care': 5, 'street-youth': 2 }, 'priority-groups': ['youth-in-care'] } }]));
    expect(findings.concern.group.map((s) => s.subject.id)).toEqual(['street-youth']);
    expect(concernOf(findings, 'street-youth')).toBe(0.25);
  });

  it('drops workshop tallies for options no longer offered', () => {
    const findings = analyzeAudit(auditOf([{ template, type: 'workshop', participants: 10, answers: { 'groups-present': ['street-youth'], 'group-most-worry': { group: { tally: { 'youth-in-care': 7, 'street-youth': 3 } } } } }]));
    expect(findings.concern.group.map((s) => [s.subject.id, s.concernRatings])).toEqual([['street-youth', { kind: 'fewer-than', threshold: 5 }]]);
  });

  it('skips the sections excluded for a respondent', () => {
    const answers = { 'groups-present': ['youth-in-care'], 'sectors-of-concern': ['agriculture'] };
    const findings = analyzeAudit(auditOf([{ template, excludedSections: ['sectors'], answers }]));
    expect(findings.concern.sector).toEqual([]);
    expect(findings.concern.group).toHaveLength(1);
  });

  it('reads "don\'t know" as an answer without a value', () => {
    const findings = analyzeAudit(auditOf([{ template, answers: { 'groups-present': ['youth-in-care'], 'groups-concern': { special: 'dont-know' } } }]));
    expect(concernOf(findings, 'youth-in-care')).toBeUndefined();
    expect(findings.questions.find((q) => q.itemId === 'groups-concern')?.dontKnow).toEqual({ kind: 'fewer-than', threshold: 5 });
  });

  it('names an "other" answer by its text, so two people writing the same thing meet', () => {
    const findings = analyzeAudit(auditOf([
      { template, answers: { 'groups-present': { value: ['other'], other: 'Sex Workers' }, 'groups-concern': { value: { other: 4 } } } },
      { template, answers: { 'groups-present': { value: ['other'], other: ' sex workers.' }, 'groups-concern': { value: { other: 2 } } } },
    ]));
    expect(findings.concern.group).toEqual([expect.objectContaining({ subject: { dimension: 'group', id: 'other:sex-workers', label: { kind: 'plain', text: 'Sex Workers' } }, concern: 0.5 })]);
  });
});
