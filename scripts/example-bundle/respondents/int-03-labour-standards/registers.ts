import { activityRegister } from '../../activity-register';
import { partnerRegister } from '../../partner-register';
import { placesRegister } from '../../places-register';

export const CODE = 'INT-03';

/**
 * The labour inspection office is active in hotels, restaurants, cleaning and construction,
 * but not on farms: it leaves farms with federal-program workers to a federal unit with no
 * local presence. That is the "sector without inspection" the analysis should find.
 */
export const partners = partnerRegister(CODE, [
  {
    org: 'employmentStandards',
    contactRole: 'Regional manager, proactive inspections',
    work: ['enforcement', 'employment-work', 'prevention-awareness'],
    sectors: ['hotels-hospitality', 'restaurants', 'construction', 'manufacturing', 'commercial-cleaning', 'beauty-massage'],
    engagement: 3,
    protocols: 'no',
  },
  {
    org: 'migrantCentre',
    // Written with a plural "Workers": a near duplicate for the analysis to flag.
    spelling: 'Harvest Valley Migrant Workers Centre',
    contactRole: 'Outreach coordinator',
    work: ['outreach', 'victim-support', 'employment-work'],
    sectors: ['agriculture', 'commercial-cleaning'],
    engagement: 5,
    protocols: 'no',
  },
  { org: 'settlement', contactRole: 'Employment services lead', work: ['settlement-services', 'employment-work'], sectors: ['restaurants'], engagement: 3, protocols: 'yes', protocolKinds: ['joint-training'] },
  { org: 'farmUnion', contactRole: 'Regional organizer', work: ['employment-work', 'outreach'], sectors: ['agriculture'], engagement: 4 },
  { org: 'hotelAssociation', contactRole: 'Executive director', sectors: ['hotels-hospitality'], engagement: 2 },
  { org: 'safetyOffice', contactRole: 'Community safety coordinator', engagement: 'dont-know' },
  { org: 'publicHealth', contactRole: 'Environmental health manager', work: ['health-work'], sectors: ['agriculture'], engagement: 2, protocols: 'dont-know' },
]);

export const places = placesRegister(CODE, partners, [
  {
    key: 'west-industrial',
    type: 'low-wage-work-areas',
    zone: 'Industrial park on the west side (cleaning and food-processing contractors)',
    setting: 'suburban',
    concern: 3,
    signs: ['signs-labour-exploitation', 'workers-transported'],
    times: ['daytime', 'evenings-nights'],
    outreach: 'no',
  },
  { key: 'greenhouses', type: 'farms', zone: 'Greenhouse belt south of the river', setting: 'rural', concern: 3, signs: 'dont-know', times: ['seasonal'], outreach: 'dont-know' },
]);

export const activities = activityRegister(CODE, partners, [
  {
    key: 'proactive-inspections',
    name: 'Proactive inspections of restaurants, hotels and cleaning contractors',
    kind: 'inspection-regulation',
    lead: 'employmentStandards',
    partners: ['settlement'],
    groups: ['temporary-foreign-workers', 'international-students', 'newcomers-language'],
    sectors: ['hotels-hospitality', 'restaurants', 'commercial-cleaning'],
    approach: ['situational'],
    forms: ['forced-labour'],
    elements: ['exploitation-focus', 'evidence-base'],
    start: '2025-05-01',
    reach: 400,
    funding: 'multi-year',
    evaluated: 'yes',
    result: 'effective',
  },
  {
    key: 'rights-sessions',
    name: 'Workplace rights sessions for newcomers and international students',
    kind: 'awareness-campaign',
    lead: 'settlement',
    partners: ['employmentStandards'],
    groups: ['international-students', 'newcomers-language'],
    approach: ['social-development'],
    forms: ['forced-labour'],
    elements: ['domestic-and-international', 'capacity-resilience'],
    start: '2025-09-15',
    reach: 180,
    funding: 'short-term',
    evaluated: 'no',
  },
]);
