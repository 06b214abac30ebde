import type { PriorityOverride } from '../plan/action-plan-schema';
import { bandCount } from './band';
import type { Gap, GapScore } from './findings';
import type { GapCandidate } from './gaps';

export interface ScoreSettings {
  /** Mean data-source confidence 0..1, when any was rated. */
  confidence?: number;
  /** Mean capacity to act 0..1 over the community, when any was rated. */
  generalCapacity?: number;
  evidenceTarget: number;
  defaultCapacity: number;
}

/** Below this, capacity stops lowering a score: a gap people feel unable to act on is still a gap. */
export const CAPACITY_FLOOR = 0.2;
/** Confidence assumed when no data source was rated: the middle, neither trusted nor doubted. */
export const UNKNOWN_CONFIDENCE = 0.5;

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * How urgent a gap is, from the three things the sources rank priorities by:
 *
 *   concern  = the subject's mean concern rating (0..1), or 1 - "how well addressed" for a
 *              framework element; a documented default for the kind when nothing was rated.
 *   evidence = min(1, support / evidenceTarget) × (0.5 + 0.5 × confidence): more independent
 *              people naming or evidencing it, up to `evidenceTarget` (default 3), trusted as
 *              much as the audit's data sources are (low confidence at worst halves it).
 *   capacity = max(0.2, capacity to act): the mean of the community's capacity ratings and,
 *              when rated, the subject's own (e.g. awareness of a group's risk); 0.5 when
 *              unknown. What the community can act on comes first, but never drops to 0.
 *
 *   value    = round(100 × concern × evidence × capacity), from the rounded parts so that
 *              the numbers a screen shows multiply to the value it shows.
 */
export function scoreGap(gap: GapCandidate, settings: ScoreSettings): GapScore {
  const concern = round3(gap.concern ?? gap.defaultConcern);
  const confidence = settings.confidence ?? UNKNOWN_CONFIDENCE;
  const evidence = round3(Math.min(1, gap.support / settings.evidenceTarget) * (0.5 + 0.5 * confidence));
  const known = [settings.generalCapacity, gap.subjectCapacity].filter((c): c is number => c !== undefined);
  const capacityMean = known.length ? known.reduce((a, b) => a + b, 0) / known.length : undefined;
  const capacity = round3(Math.max(CAPACITY_FLOOR, capacityMean ?? settings.defaultCapacity));
  return {
    concern,
    evidence,
    capacity,
    value: Math.round(100 * concern * evidence * capacity),
    formula: 'concern-x-evidence-x-capacity@1',
    basis: {
      concernSource: gap.concern !== undefined ? 'measured' : 'default',
      support: round3(gap.support),
      supportTarget: settings.evidenceTarget,
      ...(settings.confidence !== undefined ? { confidence: round3(settings.confidence) } : {}),
      ...(capacityMean !== undefined ? { capacityMean: round3(capacityMean) } : {}),
    },
  };
}

/** The latest decision per gap wins: people revise their ranking as the discussion goes. */
function latestOverrides(overrides: readonly PriorityOverride[]): Map<string, PriorityOverride> {
  const latest = new Map<string, PriorityOverride>();
  for (const o of overrides) {
    const seen = latest.get(o.gapId);
    if (!seen || o.at >= seen.at) latest.set(o.gapId, o);
  }
  return latest;
}

/**
 * Scores the gaps, applies people's overrides, and ranks by the effective score (ties:
 * computed score, then support, then id, so the order never depends on input order).
 */
export function rankGaps(candidates: readonly GapCandidate[], settings: ScoreSettings, overrides: readonly PriorityOverride[], threshold: number): { gaps: Gap[]; unmatched: string[] } {
  const latest = latestOverrides(overrides);
  const gaps = candidates.map((c): Gap => {
    const score = scoreGap(c, settings);
    const o = latest.get(c.id);
    return {
      id: c.id,
      kind: c.kind,
      ...(c.subject ? { subject: c.subject } : {}),
      ...(c.option ? { option: c.option } : {}),
      ...(c.text !== undefined ? { text: c.text } : {}),
      support: bandCount(Math.round(c.support * 1000) / 1000, threshold),
      score,
      ...(o ? { override: { score: o.score, reason: o.reason, at: o.at } } : {}),
      effectiveScore: o ? o.score : score.value,
      rank: 0,
    };
  });
  const support = new Map(candidates.map((c) => [c.id, c.support]));
  gaps.sort((a, b) => b.effectiveScore - a.effectiveScore || b.score.value - a.score.value || (support.get(b.id) ?? 0) - (support.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  gaps.forEach((g, i) => (g.rank = i + 1));
  const ids = new Set(gaps.map((g) => g.id));
  return { gaps, unmatched: [...latest.keys()].filter((id) => !ids.has(id)) };
}
