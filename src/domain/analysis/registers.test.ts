import { describe, expect, it } from 'vitest';
import { auditOf, diagnosticTemplate, type PlainAnswers } from '../../../tests/fixtures/analysis/fixture-audit';
import { analyzeAudit } from './analyze-audit';

const template = diagnosticTemplate();

function partners(names: string[], more: (entry: string, i: number) => PlainAnswers = () => ({})): PlainAnswers {
  const ids = names.map((_, i) => `p${i}`);
  return Object.assign({ 'partner-register': ids }, ...names.map((name, i) => ({ [`partner-register/p${i}/partner-name`]: name, ...more(`p${i}`, i) })));
}

describe('merged registers', () => {
  it('merges entries whose names differ only in case, accents, punctuation and spacing', () => {
    const findings = analyzeAudit(auditOf([
      { template, answers: partners(['Maison d’Hébergement', 'City Police'], (e, i) => ({ [`partner-register/${e}/partner-type`]: i ? 'police' : 'ngo', [`partner-register/${e}/partner-engagement`]: 5 })) },
      { template, answers: partners(['maison d hebergement ', 'CITY POLICE.'], (e) => ({ [`partner-register/${e}/partner-engagement`]: 1 })) },
      { template, answers: partners(['City Police'], (e) => ({ [`partner-register/${e}/partner-sectors`]: ['hotels'] })) },
    ]));
    expect(findings.registers.partners.map((p) => [p.key, p.name, p.respondents])).toEqual([
      ['partners:city-police', 'City Police', 3],
      ['partners:maison-d-hebergement', 'Maison d’Hébergement', 2],
    ]);
    const police = findings.registers.partners[0];
    expect(police?.spellings).toEqual(['City Police', 'CITY POLICE.']);
    expect(police?.subjects).toEqual({ 'partner-type': ['police'], sector: ['hotels'] });
    expect(police?.ratings.engagement).toBe(0.5);
    expect(findings.engagement.partners[0]).toEqual({ key: 'partners:city-police', name: 'City Police', mean: 0.5, rated: 2 });
  });

  it('leaves out an entry added and left empty: no register row, not counted among the list’s entries', () => {
    const answers = { ...partners(['City Police']), 'partner-register': ['p0', 'blank', 'unnamed'], 'partner-register/unnamed/partner-engagement': 4 };
    const findings = analyzeAudit(auditOf([{ template, answers }]));
    // The unnamed entry holds an answer: it stays, without a name; the blank one is gone.
    expect(findings.registers.partners.map((p) => p.name)).toEqual(['City Police', '']);
    const list = findings.questions.find((q) => q.itemId === 'partner-register');
    expect(list?.detail).toEqual({ kind: 'list', entries: 2 });
  });

  it('flags near-duplicates for a person to merge, and does not merge them', () => {
    const findings = analyzeAudit(auditOf([{ template, answers: partners(['Youth Shelter Network', 'Youth Sheltre Network', 'YWCA', 'YWCA Shelter', 'Victim Services']) }]));
    const byKey = Object.fromEntries(findings.registers.partners.map((p) => [p.key, p.possibleDuplicates]));
    expect(byKey).toEqual({
      'partners:youth-shelter-network': ['partners:youth-sheltre-network'],
      'partners:youth-sheltre-network': ['partners:youth-shelter-network'],
      'partners:ywca': ['partners:ywca-shelter'],
      'partners:ywca-shelter': ['partners:ywca'],
      'partners:victim-services': [],
    });
  });

  it('keeps unnamed entries apart, one per respondent', () => {
    const findings = analyzeAudit(auditOf([
      { template, answers: { 'partner-register': ['x'], 'partner-register/x/partner-type': 'police' } },
      { template, answers: { 'partner-register': ['x'], 'partner-register/x/partner-type': 'police' } },
    ]));
    expect(findings.registers.partners.map((p) => p.key)).toEqual(['partners:~r1/x', 'partners:~r2/x']);
  });

  it('merges lists of 200 entries from many respondents quickly and flags their variants', () => {
    const base = Array.from({ length: 100 }, (_, i) => `Organisation number ${i} of the region`);
    const respondents = Array.from({ length: 10 }, (_, r) => ({
      template,
      answers: partners([...base.map((n) => (r % 2 ? n.toUpperCase() : n)), ...base.map((n, i) => `${n} ${r === 0 && i < 5 ? 'office' : 'branch'} ${i}`)]),
    }));
    const start = performance.now();
    const findings = analyzeAudit(auditOf(respondents));
    const elapsed = performance.now() - start;
    expect(findings.registers.partners.filter((p) => p.respondents === 10)).toHaveLength(200 - 5);
    // "… of the region office 3" sits beside "… of the region branch 3": close, flagged, kept apart.
    const office = findings.registers.partners.find((p) => p.key === 'partners:organisation-number-3-of-the-region-office-3');
    expect(office?.possibleDuplicates).toContain('partners:organisation-number-3-of-the-region-branch-3');
    expect(elapsed).toBeLessThan(2000);
  });

  it('links activities to the partners that lead them, and places to their place type', () => {
    const findings = analyzeAudit(auditOf([{ template, answers: {
      ...partners(['Labour Inspectorate']),
      'activity-register': ['a'], 'activity-register/a/activity-name': 'Farm visits', 'activity-register/a/activity-lead': 'p0',
      'places-register': ['z'], 'places-register/z/place-zone': 'East farms', 'places-register/z/place-type': 'farms', 'places-register/z/place-concern': 4,
    } }]));
    expect(findings.registers.activities[0]).toMatchObject({ key: 'activities:farm-visits', links: ['partners:labour-inspectorate'] });
    expect(findings.registers.places[0]).toMatchObject({ key: 'places:east-farms', subjects: { area: ['farms'] }, ratings: { concern: 0.75 } });
  });
});
