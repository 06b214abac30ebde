import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../tests/support/fixtures';
import type { Answer } from '../answers/answer';
import { analyzeAudit } from '../analysis/analyze-audit';
import type { AnalysisRespondent } from '../analysis/analysis-input';
import type { QuestionSummary } from '../analysis/findings';
import { applyGroup, tallyOptions } from './consensus';
import { addToCount } from './counts';

const workshop = loadTemplate('audit-templates/community-workshop.json');
const key = 'community-workshop@1.1.0';
const respondent = (id: string, type: AnalysisRespondent['type'], participants?: number): AnalysisRespondent => ({
  id, code: id.toUpperCase(), type, templateKey: key, excludedSections: [], ...(participants ? { participants } : {}),
});
const item = (id: string) => {
  const found = workshop.sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};
const groups = workshop.optionLists?.groups?.options ?? [];

/** A tally as the presenter records it: hand by hand, the consensus following the counts. */
function hands(itemId: string, counts: Record<string, number>, options: readonly { id: string }[] = []): Answer | undefined {
  const question = item(itemId);
  let answer: Answer | undefined;
  for (const [id, n] of Object.entries(counts)) {
    let tally = answer?.group?.tally;
    for (let i = 0; i < n; i++) tally = addToCount(tally, id, 1);
    answer = applyGroup(question, answer, { ...answer?.group, tally }, tallyOptions(question, options));
  }
  return answer;
}

const summaryOf = (summaries: readonly QuestionSummary[], itemId: string) => summaries.find((q) => q.itemId === itemId);
const counted = (summary: QuestionSummary | undefined) => (summary?.detail.kind === 'choice' ? Object.fromEntries(summary.detail.options.map((o) => [o.id, o.count])) : {});

describe('workshop answers in the audit analysis', () => {
  const consent: Answer = { value: true };
  const group = new Map<string, Answer | undefined>([
    ['consent-notice', consent],
    ['groups-present', hands('groups-present', { 'youth-in-care': 9, 'temporary-foreign-workers': 4 }, groups)],
    ['risk-trend', hands('risk-trend', { increasing: 8, stable: 3 }, [{ id: 'decreasing' }, { id: 'stable' }, { id: 'increasing' }])],
    ['worry-level', hands('worry-level', { '4': 7, '5': 5 })],
    ['priority-actions', { value: ['safe-housing'], group: { votes: { 'safe-housing': 14, 'online-safety': 6 } } }],
  ]);
  const answers = new Map([
    ['ws', new Map([...group].flatMap(([k, a]) => (a ? [[k, a] as const] : [])))],
    ['int', new Map<string, Answer>([['consent-notice', consent], ['groups-present', { value: ['youth-in-care'] }], ['risk-trend', { value: 'stable' }]])],
    ['p1', new Map<string, Answer>([['worry-level', { value: 2 }]])],
  ]);
  const findings = analyzeAudit({
    templates: [workshop],
    respondents: [respondent('ws', 'workshop', 12), respondent('int', 'interview'), respondent('p1', 'workshop', 1)],
    answers,
  });

  it('counts a tally as the people who raised their hands, not as one respondent', () => {
    const present = counted(summaryOf(findings.questions, 'groups-present'));
    expect(present['youth-in-care']).toEqual({ kind: 'exact', value: 10 });
    expect(present['temporary-foreign-workers']).toEqual({ kind: 'fewer-than', threshold: 5 });
    const trend = summaryOf(findings.questions, 'risk-trend');
    expect(trend?.answered).toEqual({ kind: 'exact', value: 12 });
    expect(counted(trend)).toMatchObject({ increasing: { kind: 'exact', value: 8 }, stable: { kind: 'fewer-than', threshold: 5 } });
  });

  it('counts a rating tally per point, and a private participant as one person', () => {
    const worry = summaryOf(findings.questions, 'worry-level');
    expect(worry?.answered).toEqual({ kind: 'exact', value: 13 });
    expect(worry?.detail.kind === 'scale' ? worry.detail.stats.histogram : []).toEqual([
      { kind: 'exact', value: 0 },
      { kind: 'fewer-than', threshold: 5 },
      { kind: 'exact', value: 0 },
      { kind: 'exact', value: 7 },
      { kind: 'exact', value: 5 },
    ]);
  });

  it('keeps dot votes beside the consensus to rank priorities', () => {
    const votes = summaryOf(findings.questions, 'priority-actions');
    const options = votes?.detail.kind === 'choice' ? votes.detail.options : [];
    expect(options.find((o) => o.id === 'safe-housing')?.votes).toEqual({ kind: 'exact', value: 14 });
    expect(options.find((o) => o.id === 'online-safety')?.votes).toEqual({ kind: 'exact', value: 6 });
  });

  it('records the people present in the workshop group', () => {
    expect(findings.respondents.byType.workshop).toBe(2);
    expect(findings.respondents.participants).toBeGreaterThanOrEqual(12);
  });
});
