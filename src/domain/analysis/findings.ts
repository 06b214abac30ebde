// The result of analysing an audit: the contract between the analysis engine and
// everything that shows it (analysis screen, Web Worker, PDF, CLI). Plain serializable
// data only: no functions, no Maps, no Dates, so it crosses postMessage and JSON unchanged.
// Everything is codes and numbers; the UI and the PDF turn them into words.
import type { Dimension, Measure } from '../template/analysis-role';
import type { ItemType } from '../template/item-schema';
import type { LocalizedText } from '../template/primitives';

export type { AnalysisInput, AnalysisOptions, AnalysisRespondent } from './analysis-input';

/** Version of this shape, so a cached or exported result can be recognised as stale. */
export const FINDINGS_FORMAT_VERSION = 1;

/**
 * A count of people or cases as it may be shown. Counts from 1 to threshold - 1 are shown
 * as "fewer than threshold" so that no one can be picked out of a small number; 0 stays
 * exact (nothing to identify), and so does everything at or above the threshold.
 * An exact value may be fractional when it is a mean of counts (e.g. mean signals).
 */
export type Band = { kind: 'exact'; value: number } | { kind: 'fewer-than'; threshold: number };

/**
 * How a subject is named: an option label of a template, text a person typed (an "other"
 * text, a register name), or "Other" chosen without saying what.
 */
export type SubjectLabel = { kind: 'text'; text: LocalizedText } | { kind: 'plain'; text: string } | { kind: 'other' };

/**
 * A subject analysis speaks about. `id` is the option id shared across templates (see
 * docs/template-format.md §9.3); an "Other, please specify" answer becomes
 * `other:<normalised text, words joined by hyphens>`, a register entry its register key.
 */
export interface SubjectRef {
  dimension: Dimension;
  id: string;
  label: SubjectLabel;
}

export type RespondentType = 'interview' | 'desk-review' | 'workshop' | 'other';

/**
 * Who answered. Respondent counts are the audit's own sample, known to the team, so they
 * stay exact; only counts of people or cases inside answers are banded.
 */
export interface RespondentSummary {
  total: number;
  byType: Record<RespondentType, number>;
  /** People in workshop groups (the sum of their `participants`). */
  participants: number;
  /** The weight of all answers together: 1 per non-workshop respondent plus workshop participants. */
  people: number;
  /** Respondents whose template is not among the input templates: counted here, not analysed. */
  unanalysed: number;
}

/** A count of one option of a choice question (or one column of a choice matrix row). */
export interface OptionCount {
  id: string;
  label: SubjectLabel;
  /** People choosing it: a respondent counts 1, a workshop tally its people; a group's consensus value counts once. */
  count: Band;
  /** Dots in workshop dot votes, when any. */
  votes?: Band;
}

/** Distribution over a rating scale; `histogram[i]` counts the point `min + i`. */
export interface ScaleStats {
  min: number;
  max: number;
  histogram: Band[];
  /** Mean and median on the scale's own points; absent when nobody rated. */
  mean?: number;
  median?: number;
}

/** Statistics of a number question. Banded when the numbers count people or cases. */
export interface NumberStats {
  banded: boolean;
  count: Band;
  mean?: Band;
  median?: Band;
}

export type QuestionDetail =
  /** Yes/no questions are choices with the option ids "yes" and "no" (labels are those codes). */
  | { kind: 'choice'; options: OptionCount[] }
  | { kind: 'scale'; stats: ScaleStats }
  | { kind: 'number'; stats: NumberStats }
  /** Rows are option ids like OptionCount ids (a shared id, "other:<text>" or a register key). */
  | { kind: 'matrix-scale'; rows: { id: string; label: SubjectLabel; answered: Band; stats: ScaleStats }[] }
  | { kind: 'matrix-choice'; rows: { id: string; label: SubjectLabel; answered: Band; options: OptionCount[] }[] }
  /** Named gaps (measure "gap") and workshop contributions: plain strings, never respondent codes, shuffled into a stable order. */
  | { kind: 'texts'; texts: string[] }
  /** A repeating list: how many entries respondents made. */
  | { kind: 'list'; entries: number };

/** One question of one template, summarised over every respondent who used that template. */
export interface QuestionSummary {
  /** "id@version", as on respondents. */
  templateKey: string;
  sectionId: string;
  itemId: string;
  /** Set for a field of a repeating list: then counts are of list entries, not respondents. */
  listId?: string;
  type: ItemType;
  measure?: Measure;
  dimension?: Dimension;
  /** What `answered` counts. */
  unit: 'people' | 'entries';
  /** Weighted like option counts: a workshop group counts its participants. */
  answered: Band;
  dontKnow: Band;
  preferNotToSay: Band;
  /** Texts beside the value (other-specify) are folded into `other:` options, not listed here. */
  detail: QuestionDetail;
}

export type RegisterKind = 'partners' | 'activities' | 'places';

/**
 * One entry of a merged register: entries whose names normalise alike (case, accents,
 * punctuation, spacing ignored) across all respondents become one.
 */
export interface RegisterEntry {
  /** Stable key: `<kind>:<normalised name, words joined by hyphens>`; `<kind>:~<respondentId>/<entryId>` for an unnamed entry. */
  key: string;
  /** The most frequent spelling (ties: first met). */
  name: string;
  /** Every distinct spelling merged here. */
  spellings: string[];
  /** Respondents who listed it. Organisations and place zones, not people: exact. */
  respondents: number;
  /** Subject ids from the entry's choice fields tagged with a dimension (partner-type, group, sector, area…), union over respondents. */
  subjects: Partial<Record<Dimension, string[]>>;
  /** Mean of the entry's rating fields by measure (engagement, concern…), normalised 0..1. */
  ratings: Partial<Record<Measure, number>>;
  /** Other register entries it names (an activity's lead and partners, a place's outreach partners), as register keys. */
  links: string[];
  /** Keys of entries whose names are close (similarity ≥ 0.8, or one contains the other): for a person to merge, never merged here. */
  possibleDuplicates: string[];
}

export interface Registers {
  partners: RegisterEntry[];
  activities: RegisterEntry[];
  places: RegisterEntry[];
}

export type TrendDirection = 'decreasing' | 'stable' | 'increasing' | 'mixed';

/** Everything known about one subject (a group, sector, place type, form of trafficking). */
export interface SubjectScore {
  subject: SubjectRef;
  /** 1-based position in its list. */
  rank: number;
  /** People reporting it present (presence, weighted). */
  mentions: Band;
  /** Mean normalised concern 0..1 over every concern rating; absent when nobody rated it. */
  concern?: number;
  /** Weight behind `concern`. */
  concernRatings: Band;
  /**
   * Counts per prevalence option id (e.g. "fewer-than-5"); "reported" for a choice question
   * that only says signals involved it. `highest` is the highest ordered option reported.
   */
  prevalence?: { counts: Record<string, Band>; highest?: string };
  trend?: { decreasing: Band; stable: Band; increasing: Band; direction: TrendDirection };
  /** People (or dots) choosing it as a priority. */
  priorityVotes: Band;
}

/** Subjects ranked by concern, then mentions, then priority votes, then id. */
export interface ConcernSummary {
  group: SubjectScore[];
  sector: SubjectScore[];
  area: SubjectScore[];
  'trafficking-form': SubjectScore[];
  'vulnerability-factor': SubjectScore[];
}

/** A subject counted across respondents, for dimensions that are listed rather than ranked. */
export interface SubjectCount {
  subject: SubjectRef;
  people: Band;
}

export interface CoverageColumn {
  /** A register key, or "reported" for respondents who said a subject is reached without naming an activity (rapid scan). */
  key: string;
  label: SubjectLabel;
  kind: 'activity' | 'partner' | 'reported';
}

export interface CoverageMatrix {
  rows: SubjectRef[];
  columns: CoverageColumn[];
  /** Row id -> keys of the columns reaching it (only rows with at least one). */
  cells: Record<string, string[]>;
  /** Row ids no column reaches. */
  uncovered: string[];
}

export interface CoverageSummary {
  /** Groups present or of concern × merged activities (activity register fields tagged coverage/group). */
  groupsByActivities: CoverageMatrix;
  /** Sectors × merged partners active in them (coverage/sector matrices over the partner register, partner-register sector fields). */
  sectorsByPartners: CoverageMatrix;
}

/** ILO indicators of forced labour reported per sector (indicator matrices), counted in people. */
export interface IndicatorSummary {
  rows: SubjectRef[];
  columns: SubjectRef[];
  /** Sector id -> indicator id -> people reporting it. */
  cells: Record<string, Record<string, Band>>;
  /** Sector id -> people reporting at least one indicator. */
  totals: Record<string, Band>;
  /** Indicators reported without a sector (e.g. the workshop's warning signs). */
  unattributed: SubjectCount[];
}

export interface ConfidenceSummary {
  sources: { subject: SubjectRef; mean?: number; rated: number; used: Band }[];
  /** Overall confidence ratings (items without a dimension). */
  overall: { mean?: number; rated: number };
  /** Mean of the sources' means (or of overall ratings when no source was rated); weights the evidence of gaps. */
  mean?: number;
}

export interface FrameworkElementSummary {
  subject: SubjectRef;
  /** Mean "how well addressed" 0..1 (gap matrices over framework elements); absent when unrated. */
  addressed?: number;
  rated: number;
  /** Merged activities addressing it (register coverage/framework-element). */
  activities: number;
  priorityVotes: Band;
}

export type GapKind = 'uncovered-group' | 'sector-without-inspection' | 'element-unaddressed' | 'element-weak' | 'named';

/** Identifies how `value` was computed, so a screen can explain it and old results can be told apart. */
export type ScoreFormula = 'concern-x-evidence-x-capacity@1';

/**
 * value = round(100 × concern × evidence × capacity), each factor 0..1 (see priority.ts).
 * `basis` holds the raw inputs so a screen can show how each factor was reached.
 */
export interface GapScore {
  concern: number;
  evidence: number;
  capacity: number;
  value: number;
  formula: ScoreFormula;
  basis: {
    /** Where `concern` came from: a measured mean, or a default for the gap kind. */
    concernSource: 'measured' | 'default';
    /** People naming or evidencing the gap (unbanded here: it is already folded into `evidence`). */
    support: number;
    /** Support at which evidence is full. */
    supportTarget: number;
    /** Mean data-source confidence used (0..1), absent when unknown. */
    confidence?: number;
    /** Mean capacity to act (0..1) used, absent when unknown (then the default applies). */
    capacityMean?: number;
  };
}

export interface Gap {
  /**
   * Stable across runs, so plan priorities and overrides can refer to it:
   * `uncovered-group:<group>`, `sector-without-inspection:<sector>`, `element-unaddressed:<element>`,
   * `element-weak:<element>`, `named:<dimension>:<id>`, `named-option:<item>:<option>`, `named-text:<hash>`.
   */
  id: string;
  kind: GapKind;
  subject?: SubjectRef;
  /** For a gap named by a choice without a dimension (e.g. a cooperation barrier): the question and option. */
  option?: { itemId: string; id: string; label: SubjectLabel };
  /** For a gap named in free text: the text, without respondent codes. */
  text?: string;
  /** People or respondents naming or evidencing it. */
  support: Band;
  score: GapScore;
  /** A person's ranking decision from the plan (PriorityOverride). */
  override?: { score: number; reason: string; at: number };
  /** override.score when overridden, else score.value. Gaps are ranked by it. */
  effectiveScore: number;
  /** 1-based position after ranking. */
  rank: number;
}

export interface EngagementSummary {
  /** Per merged partner: mean engagement 0..1 (register ratings tagged engagement). */
  partners: { key: string; name: string; mean?: number; rated: number }[];
  /** Community-wide engagement items (cooperation, trust), by item id across templates. */
  items: { itemId: string; mean?: number; rated: number }[];
}

export interface Findings {
  formatVersion: typeof FINDINGS_FORMAT_VERSION;
  /** The small-count threshold used for every Band. */
  threshold: number;
  respondents: RespondentSummary;
  questions: QuestionSummary[];
  registers: Registers;
  concern: ConcernSummary;
  /** Presence counts of listed dimensions (partner-type, data-source, ilo-indicator, approach…), ordered by count. */
  presence: Partial<Record<Dimension, SubjectCount[]>>;
  coverage: CoverageSummary;
  indicators: IndicatorSummary;
  confidence: ConfidenceSummary;
  frameworkElements: FrameworkElementSummary[];
  gaps: Gap[];
  /** Override gap ids that match no gap of this analysis (the gap went away): shown so nobody's decision vanishes silently. */
  unmatchedOverrides: string[];
  engagement: EngagementSummary;
}
