import type { Dimension, Measure } from '../template/analysis-role';
import type { RegisterKind, SubjectLabel } from './findings';

/**
 * One thing one respondent said about one subject, in the shared vocabulary of analysis
 * roles: what it measures, about which kind of subject, which subject. Templates differ;
 * observations do not, which is how a workshop's view of a group meets an interview's.
 */
export interface Observation {
  respondentId: string;
  /** The most people one answer of this respondent can stand for (see collect.ts). */
  cap: number;
  itemId: string;
  /** Absent for an untagged register field, kept for the register's subjects and links. */
  measure?: Measure;
  /** Absent when the question is about the community as a whole. */
  dimension?: Dimension;
  /** Option id, row id, "other:<text>" or a register key. */
  subject?: string;
  /** For choice matrices and undimensioned choices: the chosen column or option. */
  column?: string;
  columnDimension?: Dimension;
  /** Position of `column` among the offered columns, for ordered answers such as count bands. */
  columnOrder?: number;
  /** Label of `column` when it names nothing else (an undimensioned option). */
  columnLabel?: SubjectLabel;
  /** A rating or yes/no on 0..1 (min of the scale = 0, max = 1; yes = 1). */
  value?: number;
  /** People: 1 for a respondent or a consensus answer, a tally's count for a workshop tally. */
  weight: number;
  /** Dots in a workshop dot vote. */
  votes?: number;
  /** The register entry a list field belongs to. */
  register?: RegisterKind;
  entry?: string;
}

export interface GapText {
  respondentId: string;
  itemId: string;
  text: string;
  weight: number;
}

const indexKey = (measure: Measure | undefined, dimension: Dimension | undefined) => `${measure ?? ''}|${dimension ?? ''}`;

/** Observations filed by (measure, dimension): every analysis asks for one such slice. */
export interface ObservationIndex {
  add(observation: Observation): void;
  select(measure: Measure | undefined, dimension?: Dimension): readonly Observation[];
  /** Observations from register fields, by register. */
  entries(register: RegisterKind): readonly Observation[];
}

export function createObservationIndex(): ObservationIndex {
  const byRole = new Map<string, Observation[]>();
  const byRegister = new Map<RegisterKind, Observation[]>();
  const push = <K>(map: Map<K, Observation[]>, key: K, o: Observation) => {
    const list = map.get(key);
    if (list) list.push(o);
    else map.set(key, [o]);
  };
  return {
    add(o) {
      push(byRole, indexKey(o.measure, o.dimension), o);
      if (o.register) push(byRegister, o.register, o);
    },
    select: (measure, dimension) => byRole.get(indexKey(measure, dimension)) ?? [],
    entries: (register) => byRegister.get(register) ?? [],
  };
}

/**
 * People per key. One respondent counts once per key, at the largest weight they gave it:
 * an interviewee naming a place type in three register entries is one person, and a
 * workshop group's tally of 7 for it is 7 people, not 7 + 1 for a consensus answer too.
 */
export function peopleBy(observations: readonly Observation[], keyOf: (o: Observation) => string | undefined): Map<string, number> {
  const perRespondent = new Map<string, Map<string, number>>();
  for (const o of observations) {
    const key = keyOf(o);
    if (key === undefined || o.weight <= 0) continue;
    let byRespondent = perRespondent.get(key);
    if (!byRespondent) perRespondent.set(key, (byRespondent = new Map()));
    byRespondent.set(o.respondentId, Math.max(byRespondent.get(o.respondentId) ?? 0, o.weight));
  }
  const people = new Map<string, number>();
  for (const [key, byRespondent] of perRespondent) {
    let sum = 0;
    for (const weight of byRespondent.values()) sum += weight;
    people.set(key, sum);
  }
  return people;
}

export interface WeightedMean {
  mean: number;
  /** People behind the mean. */
  weight: number;
}

/**
 * Mean of values per key, one voice per respondent: each respondent's own values are
 * averaged first (a workshop tally weighted by its people), then weigh as many people as
 * stand behind them, never more than the respondent's cap. Without this, an interviewee
 * rating ten motels would outweigh ten interviewees rating one each.
 */
export function meanBy(observations: readonly Observation[], keyOf: (o: Observation) => string | undefined): Map<string, WeightedMean> {
  const acc = new Map<string, Map<string, { sum: number; weight: number; cap: number }>>();
  for (const o of observations) {
    const key = keyOf(o);
    if (key === undefined || o.value === undefined || o.weight <= 0) continue;
    let byRespondent = acc.get(key);
    if (!byRespondent) acc.set(key, (byRespondent = new Map()));
    const own = byRespondent.get(o.respondentId) ?? { sum: 0, weight: 0, cap: o.cap };
    own.sum += o.value * o.weight;
    own.weight += o.weight;
    byRespondent.set(o.respondentId, own);
  }
  const means = new Map<string, WeightedMean>();
  for (const [key, byRespondent] of acc) {
    let sum = 0;
    let weight = 0;
    for (const own of byRespondent.values()) {
      const people = Math.min(own.weight, own.cap);
      sum += (own.sum / own.weight) * people;
      weight += people;
    }
    if (weight > 0) means.set(key, { mean: sum / weight, weight });
  }
  return means;
}

/** Dots per key, summed: a dot vote has no respondent cap, each dot is one vote. */
export function votesBy(observations: readonly Observation[], keyOf: (o: Observation) => string | undefined): Map<string, number> {
  const votes = new Map<string, number>();
  for (const o of observations) {
    const key = keyOf(o);
    if (key === undefined || !o.votes) continue;
    votes.set(key, (votes.get(key) ?? 0) + o.votes);
  }
  return votes;
}
