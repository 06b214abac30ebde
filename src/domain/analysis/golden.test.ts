// Golden results: the full Findings of three audits, compared byte for byte with JSON
// committed under tests/fixtures/analysis/. They hold performance work on the engine to
// "same answers, faster": any change to a result shows up here as a diff. When a result is
// meant to change, regenerate with UPDATE_GOLDEN=1 npx vitest run src/domain/analysis/golden
// and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLargeAudit } from '../../../bench/analysis-bench';
import { seededRandom, syntheticAnswers } from '../../../tests/fixtures/analysis/synthetic-audit';
import type { Answers } from '../answers/answer';
import { analysisInputFromBundle } from '../bundle/bundle-analysis-input';
import { parseBundleText } from '../bundle/parse-bundle';
import { parseTemplate } from '../template/parse-template';
import type { Template } from '../template/template-schema';
import { analyzeAudit } from './analyze-audit';
import type { AnalysisInput, AnalysisRespondent, RespondentType } from './findings';

const fixture = (name: string) => fileURLToPath(new URL(`../../../tests/fixtures/${name}`, import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, input: AnalysisInput): void {
  const path = fixture(`analysis/golden-${name}.json`);
  const actual = `${JSON.stringify(analyzeAudit(input), null, 1)}\n`;
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  // Strings, not objects: key order and every digit must match.
  expect(actual === readFileSync(path, 'utf8')).toBe(true);
}

function exampleAudit(): AnalysisInput {
  const parsed = parseBundleText(readFileSync(fixture('example-audit.bundle.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the example bundle does not parse');
  return analysisInputFromBundle(parsed.bundle);
}

function shipped(name: string): Template {
  const parsed = parseTemplate(JSON.parse(readFileSync(fixture(`../../audit-templates/${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.template;
}

/**
 * The three shipped templates answered side by side, with a tenth of every respondent's
 * answers dropped at random: sources go missing, so stale choices, hidden items and
 * unnamed entries all occur, which a fully answered audit never shows.
 */
function mixedAudit(): AnalysisInput {
  const templates = ['local-diagnostic-trafficking', 'rapid-scan', 'community-workshop'].map(shipped);
  const random = seededRandom(7);
  const respondents: AnalysisRespondent[] = [];
  const answers = new Map<string, Answers>();
  for (let i = 0; i < 24; i++) {
    const template = templates[i % 3] as Template;
    const workshop = template.id === 'community-workshop' || i % 8 === 7;
    const type: RespondentType = workshop ? 'workshop' : i % 5 === 0 ? 'desk-review' : 'interview';
    const id = `m${i}`;
    respondents.push({ id, code: `M-${i}`, type, templateKey: `${template.id}@${template.version}`, excludedSections: i % 6 === 1 ? [template.sections[1]?.id ?? ''] : [], ...(workshop ? { participants: 3 + (i % 9) } : {}) });
    const own = syntheticAnswers(template, { random, ...(workshop ? { groupSize: 3 + (i % 9) } : {}) });
    for (const key of [...own.keys()]) if (random() < 0.1) own.delete(key);
    answers.set(id, own);
  }
  respondents.push({ id: 'lost', code: 'L-1', type: 'other', templateKey: 'missing@1.0.0', excludedSections: [] });
  return { templates, respondents, answers, overrides: [{ gapId: 'no-such-gap', score: 10, reason: 'gone', at: 1 }] };
}

describe('analysis golden results', () => {
  it('matches for the large synthetic audit, three copies of the diagnostic (384 items) x 20 respondents', () => {
    expectGolden('large-384x20', buildLargeAudit(384, 20));
  });

  it('matches for the example audit bundle', () => {
    expectGolden('example-bundle', exampleAudit());
  });

  it('matches for the shipped templates answered side by side, with answers missing', () => {
    expectGolden('mixed-templates', mixedAudit());
  });
});
