// The large audit of the analysis benchmark, built from the shipped diagnostic's JSON: the
// same function serves Node (analysis-bench.ts) and the browser (analysis-worker-bench.ts).
import { parseTemplate, type AnalysisInput, type AnalysisRespondent, type Answers } from '../src/domain';
import { countItems, repeatTemplate, seededRandom, syntheticAnswers } from '../tests/fixtures/analysis/synthetic-audit';

/**
 * The shipped diagnostic repeated to about `targetItems` items (analysis tags, registers and
 * option sources included, which a generated workload lacks), answered by `respondents`
 * respondents, one in ten a workshop group answering with tallies; fixed seed.
 */
export function largeAudit(json: Record<string, unknown>, targetItems = 1200, respondents = 100): AnalysisInput & { items: number } {
  const one = parseTemplate(json);
  if (!one.ok) throw new Error('the shipped diagnostic does not parse');
  const copies = Math.ceil(targetItems / countItems(one.template));
  const parsed = parseTemplate(repeatTemplate(json, copies));
  if (!parsed.ok) throw new Error(`repeated template is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  const template = parsed.template;
  const key = `${template.id}@${template.version}`;
  const random = seededRandom(20261128);
  const list: AnalysisRespondent[] = [];
  const answers = new Map<string, Answers>();
  for (let i = 0; i < respondents; i++) {
    const workshop = i % 10 === 9;
    const id = `r${i}`;
    list.push({ id, code: `R-${i}`, type: workshop ? 'workshop' : 'interview', templateKey: key, excludedSections: i % 7 === 0 ? ['closing-c0'] : [], ...(workshop ? { participants: 12 } : {}) });
    answers.set(id, syntheticAnswers(template, { random, ...(workshop ? { groupSize: 12 } : {}) }));
  }
  return { templates: [template], respondents: list, answers, items: countItems(template) };
}
