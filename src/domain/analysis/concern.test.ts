import { describe, expect, it } from 'vitest';
import { auditOf, diagnosticTemplate, workshopTemplate } from '../../../tests/fixtures/analysis/fixture-audit';
import { analyzeAudit } from './analyze-audit';

const diagnostic = diagnosticTemplate();
const workshop = workshopTemplate();
const exact = (value: number) => ({ kind: 'exact', value });
const few = { kind: 'fewer-than', threshold: 5 };

describe('concern across respondents', () => {
  it('averages conflicting ratings and calls a split trend "mixed"', () => {
    const findings = analyzeAudit(auditOf([
      { template: diagnostic, answers: { 'groups-present': ['street-youth'], 'groups-concern': { 'street-youth': 5 }, 'groups-trend': { 'street-youth': 'increasing' } } },
      { template: diagnostic, answers: { 'groups-present': ['street-youth'], 'groups-concern': { 'street-youth': 1 }, 'groups-trend': { 'street-youth': 'decreasing' } } },
    ]));
    const [score] = findings.concern.group;
    expect(score?.concern).toBe(0.5);
    expect(score?.trend).toEqual({ decreasing: few, stable: exact(0), increasing: few, direction: 'mixed' });
  });

  it('gives a trend direction when most people agree', () => {
    const answers = (trend: string) => ({ 'groups-present': ['street-youth'], 'groups-trend': { 'street-youth': trend } });
    const findings = analyzeAudit(auditOf(['increasing', 'increasing', 'stable'].map((t) => ({ template: diagnostic, answers: answers(t) }))));
    expect(findings.concern.group[0]?.trend?.direction).toBe('increasing');
  });

  it('weighs a workshop tally as the people it counts, and a consensus answer once', () => {
    const findings = analyzeAudit(auditOf([
      { template: workshop, type: 'workshop', participants: 20, answers: { 'groups-present': { value: ['migrant-workers', 'street-youth'], group: { tally: { 'migrant-workers': 14, 'street-youth': 6 } } } } },
      { template: workshop, type: 'workshop', participants: 8, answers: { 'groups-present': ['street-youth'] } },
      { template: diagnostic, answers: { 'groups-present': ['street-youth'] } },
    ]));
    const mentions = Object.fromEntries(findings.concern.group.map((s) => [s.subject.id, s.mentions]));
    expect(mentions).toEqual({ 'migrant-workers': exact(14), 'street-youth': exact(8) });
    expect(findings.respondents.people).toBe(29);
  });

  it('joins a workshop\'s view and an interview\'s view of the same group on the shared option id', () => {
    const findings = analyzeAudit(auditOf([
      // As the workshop screens store it: the counts, and the consensus they point to.
      { template: workshop, type: 'workshop', participants: 10, answers: { 'groups-present': { value: ['youth-in-care'], group: { tally: { 'youth-in-care': 10 } } }, 'group-most-worry': { value: 'youth-in-care', group: { tally: { 'youth-in-care': 9 } } } } },
      { template: diagnostic, answers: { 'groups-present': ['youth-in-care'], 'groups-concern': { 'youth-in-care': 1 } } },
    ]));
    // Nine people naming it their main worry (the top of the scale) and one rating at the bottom.
    expect(findings.concern.group[0]).toMatchObject({ subject: { id: 'youth-in-care' }, concern: 0.9, concernRatings: exact(10), mentions: exact(11) });
  });

  it('counts a respondent once per subject even when they name it several times', () => {
    const findings = analyzeAudit(auditOf([{ template: diagnostic, answers: {
      'places-register': ['a', 'b'], 'places-register/a/place-zone': 'North', 'places-register/a/place-type': 'motels', 'places-register/a/place-concern': 5,
      'places-register/b/place-zone': 'South', 'places-register/b/place-type': 'motels', 'places-register/b/place-concern': 3,
    } }]));
    // Both entries rate motels: one voice, the mean of its two ratings.
    expect(findings.concern.area).toEqual([expect.objectContaining({ subject: expect.objectContaining({ id: 'motels' }), concern: 0.75, concernRatings: few, mentions: few })]);
  });

  it('ranks by concern, then mentions, then priority votes', () => {
    const findings = analyzeAudit(auditOf([
      { template: diagnostic, answers: { 'groups-present': ['youth-in-care', 'street-youth', 'migrant-workers'], 'groups-concern': { 'youth-in-care': 3, 'street-youth': 5 }, 'priority-groups': ['migrant-workers'] } },
      { template: workshop, type: 'workshop', participants: 6, answers: { 'groups-present': ['youth-in-care'], 'priority-groups': { group: { votes: { 'youth-in-care': 11 } } } } },
    ]));
    expect(findings.concern.group.map((s) => [s.subject.id, s.rank])).toEqual([['street-youth', 1], ['youth-in-care', 2], ['migrant-workers', 3]]);
    expect(findings.concern.group[1]?.priorityVotes).toEqual(exact(11));
  });

  it('counts prevalence bands and keeps the highest one reported', () => {
    const findings = analyzeAudit(auditOf(['fewer-than-5', 'from-5-to-19', 'fewer-than-5'].map((band) => ({ template: diagnostic, answers: { 'groups-present': ['migrant-workers'], 'groups-prevalence': { 'migrant-workers': band } } }))));
    expect(findings.concern.group[0]?.prevalence).toEqual({ counts: { 'fewer-than-5': few, 'from-5-to-19': few }, highest: 'from-5-to-19' });
  });

  it('lists presence for every dimension, most reported first', () => {
    const findings = analyzeAudit(auditOf([
      { template: diagnostic, answers: { 'data-sources-used': ['police-stats', 'ngo-records'] } },
      { template: diagnostic, answers: { 'data-sources-used': ['ngo-records'] } },
      { template: workshop, type: 'workshop', participants: 7, answers: { 'warning-signs': { group: { tally: { deception: 7 } } } } },
    ]));
    expect(findings.presence['data-source']?.map((c) => c.subject.id)).toEqual(['ngo-records', 'police-stats']);
    expect(findings.presence['ilo-indicator']).toEqual([expect.objectContaining({ people: exact(7) })]);
  });
});
