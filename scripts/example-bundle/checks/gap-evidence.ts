import { fieldKey, type Answer, type Answers, type RawAuditBundle } from '../../../src/domain';
import { partnerRegisterKey } from '../organisations';
import { answersOf } from './validate-example';

/** What the raw answers say about coverage, read plainly, without the analysis engine. */
export interface GapEvidence {
  /** Groups reported present; an "other" group is `other:<text>`. */
  present: Set<string>;
  /** Groups some activity reaches (or the rapid scan says are reached). */
  covered: Set<string>;
  concern: Map<string, number[]>;
  /** Sectors with at least one ILO indicator reported. */
  indicatorSectors: Set<string>;
  /** Sectors where a labour-inspection partner is active, by any field that says so. */
  inspectedSectors: Set<string>;
  /** The same from the sectors × partners matrices alone (the only sector field tagged coverage/sector). */
  inspectedInMatrices: Set<string>;
  elements: Set<string>;
  approaches: Set<string>;
  partnerNames: Set<string>;
}

const strings = (answer: Answer | undefined): string[] => (Array.isArray(answer?.value) ? answer.value : typeof answer?.value === 'string' ? [answer.value] : []);
const cells = (answer: Answer | undefined): Record<string, unknown> => (answer?.value && typeof answer.value === 'object' && !Array.isArray(answer.value) ? answer.value : {});
const entries = (answers: Answers, list: string) => strings(answers.get(list));
const field = (answers: Answers, list: string, entry: string, id: string) => strings(answers.get(fieldKey(list, entry, id)));

function readGroupsAndActivities(answers: Answers, e: GapEvidence): void {
  // "Other" groups are subjects of their own, named by the person's text.
  const groupId = (id: string) => (id === 'other' ? `other:${answers.get('groups-present')?.other ?? ''}` : id);
  strings(answers.get('groups-present')).forEach((g) => e.present.add(groupId(g)));
  strings(answers.get('groups-reached')).forEach((g) => e.covered.add(groupId(g)));
  for (const [g, n] of Object.entries(cells(answers.get('groups-concern')))) e.concern.set(groupId(g), [...(e.concern.get(groupId(g)) ?? []), Number(n)]);
  strings(answers.get('activity-approaches-present')).forEach((a) => e.approaches.add(a));
  for (const entry of entries(answers, 'activity-register')) {
    field(answers, 'activity-register', entry, 'activity-groups').forEach((g) => e.covered.add(groupId(g)));
    field(answers, 'activity-register', entry, 'activity-elements').forEach((x) => e.elements.add(x));
    field(answers, 'activity-register', entry, 'activity-approach').forEach((a) => e.approaches.add(a));
  }
}

/** Inspection is matched by organisation across respondents, as the merged register does. */
function readInspection(answers: Answers, inspectors: ReadonlySet<string>, e: GapEvidence): void {
  const isInspector = (entry: string) => inspectors.has(partnerRegisterKey(field(answers, 'partner-register', entry, 'partner-name')[0] ?? ''));
  for (const [sector, indicators] of Object.entries(cells(answers.get('sectors-ilo-indicators')))) if (Array.isArray(indicators) && indicators.length) e.indicatorSectors.add(sector);
  for (const entry of entries(answers, 'partner-register').filter(isInspector)) field(answers, 'partner-register', entry, 'partner-sectors').forEach((s) => e.inspectedSectors.add(s));
  for (const [sector, partners] of Object.entries(cells(answers.get('sectors-partners-active')))) {
    if (!Array.isArray(partners) || !partners.some((p) => isInspector(String(p)))) continue;
    e.inspectedSectors.add(sector);
    e.inspectedInMatrices.add(sector);
  }
  for (const entry of entries(answers, 'activity-register')) {
    const people = [...field(answers, 'activity-register', entry, 'activity-lead'), ...field(answers, 'activity-register', entry, 'activity-partners')];
    if (people.some(isInspector)) field(answers, 'activity-register', entry, 'activity-sectors').forEach((s) => e.inspectedSectors.add(s));
  }
}

export function gapEvidence(bundle: Pick<RawAuditBundle, 'respondents' | 'answers'>): GapEvidence {
  const e: GapEvidence = {
    present: new Set(),
    covered: new Set(),
    concern: new Map(),
    indicatorSectors: new Set(),
    inspectedSectors: new Set(),
    inspectedInMatrices: new Set(),
    elements: new Set(),
    approaches: new Set(),
    partnerNames: new Set(),
  };
  const perRespondent = bundle.respondents.map((r) => answersOf(bundle, r.id));
  const inspectors = new Set<string>();
  for (const answers of perRespondent) {
    for (const entry of entries(answers, 'partner-register')) {
      const name = field(answers, 'partner-register', entry, 'partner-name')[0] ?? '';
      e.partnerNames.add(name);
      if (field(answers, 'partner-register', entry, 'partner-type')[0] === 'labour-inspection') inspectors.add(partnerRegisterKey(name));
    }
  }
  for (const answers of perRespondent) {
    readGroupsAndActivities(answers, e);
    readInspection(answers, inspectors, e);
  }
  return e;
}
