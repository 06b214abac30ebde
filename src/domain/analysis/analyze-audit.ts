import type { Dimension } from '../template/analysis-role';
import { DEFAULT_SMALL_COUNT_THRESHOLD } from './band';
import { walkRespondent, type Visitor } from './collect';
import { CONCERN_DIMENSIONS, presenceCounts, rankSubjects, subjectFacts, type SubjectFacts } from './concern';
import { capacityMeans, confidenceSummary } from './confidence';
import { groupsByActivities, sectorsByPartners } from './coverage';
import { engagementSummary } from './engagement';
import { FINDINGS_FORMAT_VERSION, type AnalysisInput, type AnalysisOptions, type ConcernSummary, type Findings, type RespondentSummary } from './findings';
import { frameworkElements } from './framework';
import { findGaps } from './gaps';
import { indicatorSummary } from './indicators';
import type { GapText } from './gap-text';
import { observer } from './observe';
import { rankGaps } from './priority';
import { questionCollector } from './questions';
import { entryCollector, mergeRegisters } from './registers';
import { createSubjectBook } from './subjects';
import { createTallyStore } from './tally-store';
import { templateInfo, type TemplateInfo } from './template-info';

/** Every default in one place, so the screen can show what was assumed. */
export const DEFAULT_ANALYSIS_OPTIONS: Required<AnalysisOptions> = {
  smallCountThreshold: DEFAULT_SMALL_COUNT_THRESHOLD,
  uncoveredConcern: 0.6,
  weakElement: 0.4,
  evidenceTarget: 3,
  defaultCapacity: 0.5,
  duplicateSimilarity: 0.8,
};

function summariseRespondents(input: AnalysisInput, analysed: number): RespondentSummary {
  const byType: RespondentSummary['byType'] = { interview: 0, 'desk-review': 0, workshop: 0, other: 0 };
  let participants = 0;
  let people = 0;
  let withinSessions = 0;
  for (const r of input.respondents) {
    // Someone who answered alone within a session is one of its people, already counted.
    if (r.session?.role === 'participant') {
      withinSessions += 1;
      continue;
    }
    byType[r.type] += 1;
    if (r.type === 'workshop') participants += r.participants ?? 0;
    // A workshop group stands for its people; anyone else for themselves.
    people += r.type === 'workshop' ? (r.participants ?? 1) : 1;
  }
  return { total: input.respondents.length - withinSessions, byType, participants, people, unanalysed: input.respondents.length - analysed };
}

/** Walks every respondent once, feeding all collectors. */
function collect(input: AnalysisInput, visitors: Visitor[]): number {
  const templates = new Map<string, TemplateInfo>();
  for (const template of input.templates) {
    const info = templateInfo(template);
    if (!templates.has(info.key)) templates.set(info.key, info);
  }
  let analysed = 0;
  input.respondents.forEach((respondent, ordinal) => {
    const info = templates.get(respondent.templateKey);
    if (!info) return;
    analysed += 1;
    walkRespondent(respondent, ordinal, info, input.answers.get(respondent.id) ?? new Map(), visitors);
  });
  return analysed;
}

/**
 * Everything the audit's answers say, across every template and respondent: the pure
 * function behind the analysis screen, the PDF and the command line, so that all three
 * show the same thing. Plain data in, plain data out (see findings.ts).
 */
export function analyzeAudit(input: AnalysisInput, options: AnalysisOptions = {}): Findings {
  const settings = { ...DEFAULT_ANALYSIS_OPTIONS, ...options };
  const threshold = settings.smallCountThreshold;
  const book = createSubjectBook(input.templates);
  const store = createTallyStore();
  const texts: GapText[] = [];
  const questions = questionCollector(input.templates);
  const entries = entryCollector();
  const askedAboutActivities = new Set<string>();
  const asked: Visitor = { registerShown: (kind, r) => void (kind === 'activities' && askedAboutActivities.add(r.id)) };
  const analysed = collect(input, [observer(store, texts, book), questions, entries, asked]);

  store.finish();
  const registers = mergeRegisters(entries.raw, store, settings.duplicateSimilarity);
  for (const p of registers.partners) book.name('partner', p.key, { kind: 'plain', text: p.name });
  for (const a of registers.activities) book.name('activity', a.key, { kind: 'plain', text: a.name });

  const facts = new Map<Dimension, SubjectFacts>();
  const concern = {} as ConcernSummary;
  for (const dimension of CONCERN_DIMENSIONS) {
    const f = subjectFacts(store, dimension);
    facts.set(dimension, f);
    concern[dimension] = rankSubjects(store, dimension, f, book, threshold);
  }
  const elementFacts = subjectFacts(store, 'framework-element');
  const groupRows = concern.group.map((s) => s.subject.id);
  const sectorRows = concern.sector.map((s) => s.subject.id);
  const coverage = {
    groupsByActivities: groupsByActivities(groupRows, registers, store, book),
    sectorsByPartners: sectorsByPartners(sectorRows, registers, store, book),
  };
  const indicators = indicatorSummary(store, book, threshold);
  const confidence = confidenceSummary(store, book, threshold);
  const capacity = capacityMeans(store);
  const elements = frameworkElements(store, registers, elementFacts, book, threshold);

  const candidates = findGaps({
    store, book, facts, registers, coverage, indicatorTotals: indicators.totals, elements,
    askedAboutActivities: askedAboutActivities.size, texts,
    groupCapacity: (id) => capacity.bySubject('group', id),
    uncoveredConcern: settings.uncoveredConcern, weakElement: settings.weakElement,
  });
  const { gaps, unmatched } = rankGaps(
    candidates,
    { ...(confidence.mean !== undefined ? { confidence: confidence.mean } : {}), ...(capacity.general !== undefined ? { generalCapacity: capacity.general } : {}), evidenceTarget: settings.evidenceTarget, defaultCapacity: settings.defaultCapacity },
    input.overrides ?? [],
    threshold,
  );

  return {
    formatVersion: FINDINGS_FORMAT_VERSION,
    threshold,
    respondents: summariseRespondents(input, analysed),
    questions: questions.summaries(threshold),
    registers,
    concern,
    presence: presenceCounts(store, book, threshold),
    coverage,
    indicators: indicators.summary,
    confidence,
    frameworkElements: elements,
    gaps,
    unmatchedOverrides: unmatched,
    engagement: engagementSummary(store, registers),
  };
}
