import { nameSlug } from '../../src/domain/analysis/normalise-name';

/**
 * The fictional organisations of Riverbend. Respondents name them in their partner
 * registers; a few respondents spell a name differently (see `spelling` in the specs) so
 * that merging and duplicate detection have something real to do. Organisations only:
 * never a person.
 */
export interface Organisation {
  name: string;
  /** An option id of the `partner-types` list, or `other` with `otherType`. */
  type: string;
  otherType?: string;
  level: 'local' | 'regional' | 'provincial-territorial' | 'federal' | 'indigenous-government';
}

export const ORGANISATIONS = {
  police: { name: 'Riverbend Police Service', type: 'police', level: 'local' },
  safetyOffice: { name: 'City of Riverbend – Community Safety Office', type: 'municipal', level: 'local' },
  licensing: { name: 'City of Riverbend – Licensing and By-law Services', type: 'municipal', level: 'local' },
  transit: { name: 'Riverbend Transit', type: 'municipal', level: 'local' },
  employmentStandards: { name: 'Regional Employment Standards Office', type: 'labour-inspection', level: 'provincial-territorial' },
  youthShelter: { name: 'Riverbend Youth Shelter', type: 'housing-homelessness', level: 'local' },
  schoolBoard: { name: 'Riverbend District School Board', type: 'schools', level: 'regional' },
  migrantCentre: { name: 'Harvest Valley Migrant Worker Centre', type: 'ngo-victim-services', level: 'regional' },
  childrensAid: { name: 'Riverbend and Area Children’s Aid Society', type: 'child-protection', level: 'regional' },
  supportCentre: { name: 'Riverbend Sexual Assault and Trafficking Support Centre', type: 'ngo-victim-services', level: 'local' },
  hospital: { name: 'Riverbend General Hospital – Emergency Department', type: 'health-emergency', level: 'regional' },
  publicHealth: { name: 'Riverbend Valley Public Health Unit', type: 'health-emergency', level: 'regional' },
  friendshipCentre: { name: 'Three Rivers Indigenous Friendship Centre', type: 'indigenous-organizations', level: 'regional' },
  hotelAssociation: { name: 'Riverbend Hotel and Motel Association', type: 'businesses', level: 'local' },
  settlement: { name: 'Riverbend Newcomer Settlement Services', type: 'other', otherType: 'Newcomer settlement agency', level: 'local' },
  farmUnion: { name: 'Valley Agricultural Workers Union', type: 'labour-unions', level: 'provincial-territorial' },
  borderServices: { name: 'Federal border services – regional office', type: 'border-immigration', level: 'federal' },
  crown: { name: 'Riverbend Crown Attorney’s Office', type: 'prosecution', level: 'provincial-territorial' },
  dropIn: { name: 'Riverbend Interfaith Drop-In', type: 'faith-groups', level: 'local' },
} as const satisfies Record<string, Organisation>;

export type OrgKey = keyof typeof ORGANISATIONS;

/**
 * Register keys as the analysis merges partner names (case, accents, punctuation and spacing
 * ignored), prefixed with the register kind; the plan names its partners with them.
 */
export function partnerRegisterKey(name: string): string {
  return `partners:${nameSlug(name)}`;
}
