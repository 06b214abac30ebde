import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticAnswers } from '../../../tests/fixtures/analysis/synthetic-audit';
import { loadTemplate } from '../../../tests/support/fixtures';
import type { Answers } from '../answers/answer';
import { analyzeAudit } from './analyze-audit';
import type { AnalysisRespondent } from './analysis-input';

const diagnostic = loadTemplate('audit-templates/local-diagnostic-trafficking.json');
const scan = loadTemplate('audit-templates/rapid-scan.json');
const workshop = loadTemplate('audit-templates/community-workshop.json');
const key = (t: typeof diagnostic) => `${t.id}@${t.version}`;

function shippedAudit() {
  const random = seededRandom(42);
  const respondents: AnalysisRespondent[] = [];
  const answers = new Map<string, Answers>();
  const add = (template: typeof diagnostic, type: AnalysisRespondent['type'], participants?: number) => {
    const id = `r${respondents.length}`;
    respondents.push({ id, code: `C-${id}`, type, templateKey: key(template), excludedSections: [], ...(participants ? { participants } : {}) });
    answers.set(id, syntheticAnswers(template, { random, ...(participants ? { groupSize: participants } : {}) }));
  };
  for (let i = 0; i < 8; i++) add(diagnostic, i % 4 === 3 ? 'desk-review' : 'interview');
  for (let i = 0; i < 4; i++) add(scan, 'interview');
  for (let i = 0; i < 3; i++) add(workshop, 'workshop', 14);
  return { templates: [diagnostic, scan, workshop], respondents, answers };
}

/** Every Band anywhere in the result, wherever it sits. */
function bands(value: unknown, found: { kind: string; value?: number }[] = []): { kind: string; value?: number }[] {
  if (Array.isArray(value)) value.forEach((v) => bands(v, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ((record.kind === 'exact' && typeof record.value === 'number') || record.kind === 'fewer-than') found.push(record as { kind: string; value?: number });
    else Object.values(record).forEach((v) => bands(v, found));
  }
  return found;
}

describe('analysis of the three shipped templates', () => {
  const findings = analyzeAudit(shippedAudit());

  it('summarises questions of every template', () => {
    const keys = new Set(findings.questions.map((q) => q.templateKey));
    expect(keys).toEqual(new Set([key(diagnostic), key(scan), key(workshop)]));
    expect(findings.respondents).toMatchObject({ total: 15, participants: 42, people: 54, unanalysed: 0 });
  });

  it('joins the templates\' views of the same groups, sectors and places', () => {
    expect(findings.concern.group.length).toBeGreaterThan(5);
    expect(findings.concern.group.every((s) => s.subject.label.kind === 'text')).toBe(true);
    expect(findings.concern.area.length).toBeGreaterThan(3);
    // Workshop tallies push mentions well past the 12 interview and scan respondents.
    expect(findings.concern.group.some((s) => s.mentions.kind === 'exact' && s.mentions.value > 12)).toBe(true);
  });

  it('merges registers, covers groups and sectors, and finds and scores gaps', () => {
    expect(findings.registers.partners.length).toBeGreaterThan(3);
    expect(findings.registers.partners.some((p) => p.respondents > 1)).toBe(true);
    expect(findings.coverage.groupsByActivities.columns.length).toBeGreaterThan(0);
    expect(findings.coverage.sectorsByPartners.rows.length).toBeGreaterThan(0);
    expect(findings.indicators.rows.length).toBeGreaterThan(0);
    expect(findings.frameworkElements).toHaveLength(10);
    expect(findings.gaps.length).toBeGreaterThan(0);
    for (const gap of findings.gaps) {
      expect(gap.score.value).toBe(Math.round(100 * gap.score.concern * gap.score.evidence * gap.score.capacity));
      expect(gap.effectiveScore).toBe(gap.score.value);
    }
    expect(new Set(findings.gaps.map((g) => g.id)).size).toBe(findings.gaps.length);
  });

  it('never shows a count from 1 to 4 exactly', () => {
    const all = bands(findings);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((b) => b.kind === 'exact' && b.value !== undefined && b.value > 0 && b.value < 5)).toEqual([]);
  });

  it('is plain data that survives a trip to a Web Worker', () => {
    expect(structuredClone(findings)).toEqual(findings);
  });
});
