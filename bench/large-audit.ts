// The large audit of the analysis benchmark, built from the shipped diagnostic's JSON: the
// same function serves Node (analysis-bench.ts) and the browser (analysis-worker-bench.ts).
import { parseTemplate, type AnalysisInput, type AnalysisRespondent, type Answers } from '../src/domain';
import { countItems, countSectionItems, repeatTemplate, seededRandom, syntheticAnswers } from '../tests/fixtures/analysis/synthetic-audit';

type SectionJson = Parameters<typeof countSectionItems>[0];

/**
 * Drops whole sections from the end while at least `target` items remain: the last copy
 * keeps its first sections, whose registers and sources the later ones draw on, never the
 * reverse. The shipped diagnostic's 128 items make 1,200 exactly: nine copies and the first
 * three sections of a tenth.
 */
function trimToItems(json: Record<string, unknown>, target: number): Record<string, unknown> {
  const sections = [...(json.sections as SectionJson[])];
  let items = sections.reduce((n, section) => n + countSectionItems(section), 0);
  while (sections.length > 1 && items - countSectionItems(sections[sections.length - 1] as SectionJson) >= target) items -= countSectionItems(sections.pop() as SectionJson);
  return { ...json, sections };
}

/**
 * The shipped diagnostic repeated to `targetItems` items, or the fewest whole sections
 * over it (analysis tags, registers and option sources included, which a generated
 * workload lacks), answered by `respondents` respondents, one in ten a workshop group
 * answering with tallies; fixed seed.
 */
export function largeAudit(json: Record<string, unknown>, targetItems = 1200, respondents = 100): AnalysisInput & { items: number } {
  const one = parseTemplate(json);
  if (!one.ok) throw new Error('the shipped diagnostic does not parse');
  const copies = Math.ceil(targetItems / countItems(one.template));
  const parsed = parseTemplate(trimToItems(repeatTemplate(json, copies), targetItems));
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
