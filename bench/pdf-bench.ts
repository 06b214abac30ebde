// Times the printed action plan of a full audit in Node: six diagnostic areas, 40
// respondents (30 interviews, 4 desk reviews, 6 workshop groups answering with tallies),
// a plan of 6 priorities with 30 actions. Each run analyses the audit, builds the document
// model and draws the PDF, as `npm run audit -- report` does after reading the file.
// Run: npx tsx bench/pdf-bench.ts   Prints: pdf-full-audit-ms <median>
import { fileURLToPath } from 'node:url';
import { analysisInputFromBundle, analyzeAudit, parseBundle, type AuditBundle } from '../src/domain';
import type { Language } from '../src/i18n';
import { loadNodeFonts } from '../src/cli/node-fonts';
import { reportInputFromBundle } from '../src/report/from-bundle';
import { makePlanPdf } from '../src/report/make-plan-pdf';
import { synthesiseBundle } from '../tests/fixtures/report/synthesise-bundle';
import { synthesisePlan } from '../tests/fixtures/report/synthesise-plan';
import { median } from './stats';

export interface PdfBenchResult {
  respondents: number;
  actions: number;
  pages: number;
  bytes: number;
  /** The first run, fonts read and code not yet optimised by the engine. */
  coldMs: number;
  runsMs: number[];
  medianMs: number;
}

/** The full audit, fixed seed; its plan's priorities answer the six top-ranked gaps. */
export function buildFullAudit(): AuditBundle {
  const raw = synthesiseBundle({ seed: 7, locality: 'Rivière-Verte', interviews: 30, deskReviews: 4, workshops: 6 });
  const first = parseBundle(raw);
  if (!first.ok) throw new Error('the synthesised audit is invalid');
  const gaps = analyzeAudit(analysisInputFromBundle(first.bundle)).gaps.slice(0, 6).map((gap) => gap.id);
  const parsed = parseBundle({ ...raw, plan: synthesisePlan(6, 5, gaps) });
  if (!parsed.ok) throw new Error('the synthesised plan is invalid');
  return parsed.bundle;
}

const countPages = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

/** Median time of `runs` PDFs after the cold one. bench/run.ts can call this. */
export async function benchPdf({ runs = 7, language = 'en' as Language } = {}): Promise<PdfBenchResult> {
  const bundle = buildFullAudit();
  const once = async () => {
    const start = performance.now();
    const pdf = await makePlanPdf(reportInputFromBundle(bundle, language, '2026-09-15'), loadNodeFonts);
    return { ms: Math.round((performance.now() - start) * 10) / 10, bytes: pdf.bytes };
  };
  const cold = await once();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push((await once()).ms);
  return {
    respondents: bundle.respondents.length,
    actions: bundle.plan?.priorities.reduce((sum, p) => sum + p.actions.length, 0) ?? 0,
    pages: countPages(cold.bytes),
    bytes: cold.bytes.length,
    coldMs: cold.ms,
    runsMs,
    medianMs: median(runsMs),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchPdf();
  console.log(`respondents ${result.respondents}, actions ${result.actions}, pages ${result.pages}, ${Math.round(result.bytes / 1024)} kB; cold ${result.coldMs} ms; runs ${result.runsMs.join(', ')} ms`);
  console.log(`pdf-full-audit-ms ${result.medianMs}`);
}
