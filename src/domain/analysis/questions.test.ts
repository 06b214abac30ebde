import { describe, expect, it } from 'vitest';
import { auditOf, diagnosticTemplate, workshopTemplate } from '../../../tests/fixtures/analysis/fixture-audit';
import { analyzeAudit } from './analyze-audit';
import type { QuestionSummary } from './findings';

const template = diagnosticTemplate();
const workshop = workshopTemplate();
const exact = (value: number) => ({ kind: 'exact', value });
const few = { kind: 'fewer-than', threshold: 5 };
const question = (questions: QuestionSummary[], itemId: string) => questions.find((q) => q.itemId === itemId);

describe('question summaries', () => {
  it('counts options in people, showing options nobody chose, and bands small counts', () => {
    const respondents = [['youth-in-care'], ['youth-in-care', 'street-youth'], ['youth-in-care'], ['youth-in-care'], ['youth-in-care']].map((v) => ({ template, answers: { 'groups-present': v } }));
    const q = question(analyzeAudit(auditOf(respondents)).questions, 'groups-present');
    expect(q).toMatchObject({ templateKey: 'mini-diagnostic@1.0.0', sectionId: 'groups', type: 'multi-choice', measure: 'presence', dimension: 'group', unit: 'people', answered: exact(5) });
    expect(q?.detail).toEqual({ kind: 'choice', options: [
      { id: 'youth-in-care', label: expect.objectContaining({ kind: 'text' }), count: exact(5) },
      { id: 'street-youth', label: expect.objectContaining({ kind: 'text' }), count: few },
      { id: 'migrant-workers', label: expect.objectContaining({ kind: 'text' }), count: exact(0) },
    ] });
  });

  it('counts a workshop tally as its people and keeps dot votes apart', () => {
    const findings = analyzeAudit(auditOf([{ template: workshop, type: 'workshop', participants: 12, answers: {
      'groups-present': { value: ['youth-in-care', 'street-youth'], group: { tally: { 'youth-in-care': 9, 'street-youth': 7 } } },
      'priority-groups': { group: { votes: { 'youth-in-care': 20 } } },
    } }]));
    const present = question(findings.questions, 'groups-present');
    expect(present?.answered).toEqual(exact(12));
    expect(present?.detail).toMatchObject({ kind: 'choice', options: [{ id: 'youth-in-care', count: exact(9) }, { id: 'street-youth', count: exact(7) }, { id: 'migrant-workers', count: exact(0) }] });
    expect(question(findings.questions, 'priority-groups')?.detail).toMatchObject({ kind: 'choice', options: [{ id: 'youth-in-care', count: exact(0), votes: exact(20) }] });
  });

  it('summarises ratings as a histogram with mean and median', () => {
    const respondents = [1, 2, 2, 5, 5, 5].map((v) => ({ template, answers: { 'capacity-to-act': v } }));
    expect(question(analyzeAudit(auditOf(respondents)).questions, 'capacity-to-act')?.detail).toEqual({
      kind: 'scale', stats: { min: 1, max: 5, histogram: [few, few, exact(0), exact(0), few], mean: 20 / 6, median: 2 },
    });
  });

  it('bands the mean and median of numbers that count cases or people, not of others', () => {
    const questions = analyzeAudit(auditOf([
      { template, answers: { signals: 2, years: 3 } },
      { template, answers: { signals: 3, years: 4 } },
      { template, answers: { signals: { special: 'prefer-not-to-say' } } },
    ])).questions;
    expect(question(questions, 'signals')).toMatchObject({ answered: few, preferNotToSay: few, detail: { kind: 'number', stats: { banded: true, count: few, mean: few, median: few } } });
    expect(question(questions, 'years')?.detail).toEqual({ kind: 'number', stats: { banded: false, count: few, mean: exact(3.5), median: exact(3.5) } });
  });

  it('summarises matrices row by row', () => {
    const findings = analyzeAudit(auditOf([
      { template, answers: { 'groups-present': ['youth-in-care'], 'groups-trend': { 'youth-in-care': 'increasing' }, 'groups-concern': { 'youth-in-care': 4 } } },
      { template, answers: { 'groups-present': ['youth-in-care'], 'groups-trend': { 'youth-in-care': 'stable' }, 'groups-concern': { 'youth-in-care': 2 } } },
    ]));
    expect(question(findings.questions, 'groups-trend')?.detail).toMatchObject({ kind: 'matrix-choice', rows: [{ id: 'youth-in-care', answered: few, options: [{ id: 'decreasing', count: exact(0) }, { id: 'stable', count: few }, { id: 'increasing', count: few }] }] });
    expect(question(findings.questions, 'groups-concern')?.detail).toMatchObject({ kind: 'matrix-scale', rows: [{ id: 'youth-in-care', stats: { mean: 3, median: 2 } }] });
  });

  it('keeps free text out, except named gaps and workshop contributions, in an order that says nothing about who wrote what', () => {
    const findings = analyzeAudit(auditOf([
      { template, answers: { notes: 'Private remark about a person', 'main-gaps': 'Zero shelters' } },
      { template, answers: { 'main-gaps': 'A data gap' } },
      { template: workshop, type: 'workshop', participants: 6, answers: { 'what-helps': { group: { contributions: ['Drop-in centre'] } } } },
    ]));
    expect(question(findings.questions, 'notes')).toBeUndefined();
    expect(JSON.stringify(findings)).not.toContain('Private remark');
    expect(question(findings.questions, 'main-gaps')?.detail).toEqual({ kind: 'texts', texts: ['A data gap', 'Zero shelters'] });
    expect(question(findings.questions, 'what-helps')?.detail).toEqual({ kind: 'texts', texts: ['Drop-in centre'] });
  });

  it('counts list fields per entry and lists per respondent', () => {
    const findings = analyzeAudit(auditOf([{ template, answers: { 'partner-register': ['a', 'b'], 'partner-register/a/partner-type': 'police', 'partner-register/b/partner-type': 'police' } }]));
    expect(question(findings.questions, 'partner-register')).toMatchObject({ unit: 'people', answered: few, detail: { kind: 'list', entries: 2 } });
    expect(question(findings.questions, 'partner-type')).toMatchObject({ listId: 'partner-register', unit: 'entries', answered: few, detail: { options: expect.arrayContaining([{ id: 'police', label: expect.anything(), count: few }]) } });
  });

  it('names entry options by their register key, so answers of different respondents meet', () => {
    const answers = (entry: string) => ({ 'partner-register': [entry], [`partner-register/${entry}/partner-name`]: 'Victim Services', 'sectors-of-concern': ['hotels'], 'sectors-partners': { hotels: [entry] } });
    const findings = analyzeAudit(auditOf([{ template, answers: answers('x1') }, { template, answers: answers('y2') }]));
    expect(question(findings.questions, 'sectors-partners')?.detail).toMatchObject({ kind: 'matrix-choice', rows: [{ id: 'hotels', options: [{ id: 'partners:victim-services', label: { kind: 'plain', text: 'Victim Services' }, count: few }] }] });
  });
});
