import { activityRegister } from '../../activity-register';
import { partnerRegister } from '../../partner-register';
import { placesRegister } from '../../places-register';

export const CODE = 'INT-06';

export const partners = partnerRegister(CODE, [
  {
    org: 'migrantCentre',
    contactRole: 'Executive director',
    work: ['outreach', 'victim-support', 'employment-work', 'settlement-services'],
    sectors: ['agriculture', 'domestic-care-work', 'commercial-cleaning'],
    engagement: 5,
    protocols: 'no',
  },
  { org: 'farmUnion', contactRole: 'Regional organizer', work: ['employment-work', 'outreach'], sectors: ['agriculture'], engagement: 4, protocols: 'yes', protocolKinds: ['referral-protocol'] },
  { org: 'settlement', contactRole: 'Newcomer services manager', work: ['settlement-services'], engagement: 3 },
  { org: 'publicHealth', contactRole: 'Environmental health manager', work: ['health-work'], sectors: ['agriculture'], engagement: 2 },
  { org: 'police', contactRole: 'Community liaison officer', work: ['enforcement'], engagement: 2, notes: 'Many workers will not speak to police for fear of losing their status.' },
  {
    org: 'employmentStandards',
    contactRole: 'Regional manager, proactive inspections',
    work: ['enforcement', 'employment-work'],
    // Not agriculture: farms with federal-program workers are left to the federal unit.
    sectors: ['restaurants', 'construction', 'commercial-cleaning'],
    engagement: 2,
    protocols: 'no',
  },
  { org: 'dropIn', contactRole: 'Drop-in coordinator', work: ['outreach'], engagement: 3 },
]);

export const places = placesRegister(CODE, partners, [
  {
    key: 'orchard-belt',
    type: 'farms',
    zone: 'Greenhouse and orchard belt south of the river',
    setting: 'rural',
    concern: 5,
    signs: ['signs-labour-exploitation', 'workers-transported', 'crowded-housing'],
    times: ['seasonal'],
    outreach: 'yes',
    outreachPartners: ['migrantCentre', 'farmUnion'],
  },
  {
    key: 'bunkhouses',
    type: 'employer-housing',
    zone: 'Bunkhouses on farms in the southern townships',
    setting: 'rural',
    concern: 5,
    signs: ['crowded-housing', 'controlled-people'],
    times: ['seasonal', 'evenings-nights'],
    outreach: 'yes',
    outreachPartners: ['migrantCentre'],
  },
  { key: 'west-industrial', type: 'low-wage-work-areas', zone: 'West-side industrial park', setting: 'suburban', concern: 3, signs: ['workers-transported'], times: ['daytime'], outreach: 'no' },
]);

export const activities = activityRegister(CODE, partners, [
  {
    key: 'know-your-rights',
    name: 'Know-your-rights sessions for seasonal farm workers',
    kind: 'outreach',
    lead: 'migrantCentre',
    partners: ['farmUnion', 'publicHealth'],
    groups: ['temporary-foreign-workers'],
    sectors: ['agriculture'],
    approach: ['social-development', 'community-based'],
    forms: ['forced-labour'],
    elements: ['sexual-and-labour', 'domestic-and-international', 'capacity-resilience'],
    start: '2023-05-01',
    reach: 300,
    funding: 'short-term',
    evaluated: 'no',
  },
  {
    key: 'help-line',
    name: 'Multilingual worker help line',
    kind: 'victim-services',
    lead: 'migrantCentre',
    partners: ['settlement'],
    // "other" is this respondent's own group: asylum claimants housed in hotels.
    groups: ['undocumented-migrants', 'temporary-foreign-workers', 'newcomers-language', 'other'],
    sectors: ['agriculture', 'commercial-cleaning'],
    approach: ['social-development'],
    forms: ['forced-labour', 'domestic-servitude'],
    elements: ['exploitation-focus'],
    start: '2024-01-15',
    reach: 'dont-know',
    funding: 'short-term',
    evaluated: 'no',
  },
]);
