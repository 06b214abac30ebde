import type { RawAuditBundle } from '../../../src/domain';
import { gapEvidence } from './gap-evidence';

/**
 * What the example is built to make the analysis find. Kept here and checked on every
 * run, so an edit to the content cannot quietly remove a gap that analysis tests rely on.
 */
export const EXPECTED_GAPS = {
  /** Groups some respondent reports present that no activity reaches (nor the rapid scan's "groups reached"). */
  uncoveredGroups: ['street-youth', 'domestic-caregivers'],
  /** Of those, the ones with a mean concern of 4 or more. */
  highConcernUncoveredGroups: ['street-youth'],
  /**
   * Sectors with ILO forced-labour indicators reported where no labour-inspection partner is
   * active: the same whether "active" is read from the sectors × partners matrices alone or
   * also from the partner register's sectors and the activities' sectors.
   */
  sectorsWithoutInspection: ['agriculture', 'domestic-care-work', 'commercial-sex'],
  /** Framework elements no activity addresses. */
  unaddressedElements: ['supply-and-demand', 'monitoring-evaluation'],
  /** Prevention approaches no activity uses. */
  unusedApproaches: ['reintegration'],
  /** Spellings of one organisation across registers: the first merges exactly once normalised, the others are near duplicates. */
  partnerSpellings: [
    ['Riverbend Police Service', 'Riverbend police service'],
    ['Riverbend Youth Shelter', 'River Bend Youth Shelter'],
    ['Harvest Valley Migrant Worker Centre', 'Harvest Valley Migrant Workers Centre'],
    ['Riverbend and Area Children’s Aid Society', 'Riverbend & Area Children’s Aid Society'],
  ],
} as const;

const FRAMEWORK_ELEMENTS = ['exploitation-focus', 'sexual-and-labour', 'domestic-and-international', 'supply-and-demand', 'government-leadership', 'existing-structures', 'partnerships-coordination', 'evidence-base', 'monitoring-evaluation', 'capacity-resilience'];
const APPROACHES = ['social-development', 'community-based', 'situational', 'reintegration'];

/** The gaps as this example's answers produce them. */
export function builtInGaps(bundle: Pick<RawAuditBundle, 'respondents' | 'answers'>) {
  const e = gapEvidence(bundle);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const uncoveredGroups = [...e.present].filter((g) => !e.covered.has(g));
  return {
    uncoveredGroups,
    highConcernUncoveredGroups: uncoveredGroups.filter((g) => mean(e.concern.get(g) ?? [0]) >= 4),
    sectorsWithoutInspection: [...e.indicatorSectors].filter((s) => !e.inspectedSectors.has(s)),
    sectorsWithoutInspectionInMatrices: [...e.indicatorSectors].filter((s) => !e.inspectedInMatrices.has(s)),
    unaddressedElements: FRAMEWORK_ELEMENTS.filter((x) => !e.elements.has(x)),
    unusedApproaches: APPROACHES.filter((a) => !e.approaches.has(a)),
    partnerNames: [...e.partnerNames],
  };
}

export function builtInGapProblems(bundle: RawAuditBundle): string[] {
  const found = builtInGaps(bundle);
  const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
  const checks: [string, readonly string[], readonly string[]][] = [
    ['uncoveredGroups', EXPECTED_GAPS.uncoveredGroups, found.uncoveredGroups],
    ['highConcernUncoveredGroups', EXPECTED_GAPS.highConcernUncoveredGroups, found.highConcernUncoveredGroups],
    ['sectorsWithoutInspection', EXPECTED_GAPS.sectorsWithoutInspection, found.sectorsWithoutInspection],
    ['sectorsWithoutInspection (matrices only)', EXPECTED_GAPS.sectorsWithoutInspection, found.sectorsWithoutInspectionInMatrices],
    ['unaddressedElements', EXPECTED_GAPS.unaddressedElements, found.unaddressedElements],
    ['unusedApproaches', EXPECTED_GAPS.unusedApproaches, found.unusedApproaches],
  ];
  return [
    ...checks.filter(([, expected, actual]) => !same(expected, actual)).map(([name, expected, actual]) => `built-in gap ${name}: expected ${expected.join(', ')}, found ${actual.join(', ')}`),
    ...EXPECTED_GAPS.partnerSpellings.flat().filter((name) => !found.partnerNames.includes(name)).map((name) => `no partner register spells "${name}"`),
  ];
}
