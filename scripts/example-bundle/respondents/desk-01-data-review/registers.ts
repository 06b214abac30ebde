import { activityRegister } from '../../activity-register';
import { partnerRegister } from '../../partner-register';
import { placesRegister } from '../../places-register';

export const CODE = 'DESK-01';

/** Partners and activities found in documents: engagement is often unknown from paper. */
export const partners = partnerRegister(CODE, [
  { org: 'safetyOffice', contactRole: 'Community safety coordinator', work: ['prevention-awareness'], engagement: 4, protocols: 'yes', protocolKinds: ['info-sharing-agreement'] },
  { org: 'police', contactRole: 'Crime analyst', work: ['enforcement'], sectors: ['hotels-hospitality', 'commercial-sex'], engagement: 4 },
  { org: 'licensing', contactRole: 'Licensing supervisor', work: ['enforcement'], sectors: ['hotels-hospitality'], engagement: 3 },
  { org: 'transit', contactRole: 'Transit operations supervisor', engagement: 'dont-know' },
  { org: 'friendshipCentre', contactRole: 'Youth program coordinator', work: ['outreach', 'prevention-awareness'], engagement: 'dont-know' },
  { org: 'hospital', contactRole: 'Emergency department nurse educator', work: ['health-work'], engagement: 'dont-know' },
  {
    org: 'employmentStandards',
    contactRole: 'Data and reporting officer',
    work: ['enforcement'],
    sectors: ['hotels-hospitality', 'restaurants', 'construction', 'commercial-cleaning'],
    engagement: 'dont-know',
  },
  { org: 'migrantCentre', contactRole: 'Executive director', work: ['outreach', 'employment-work'], sectors: ['agriculture'], engagement: 'dont-know' },
  { org: 'youthShelter', contactRole: 'Executive director', work: ['housing-work'], engagement: 'dont-know' },
]);

export const places = placesRegister(CODE, partners, [
  { key: 'highway-corridor', type: 'highway-corridors', zone: 'Highway 7 corridor between the truck stop and the county line', setting: 'rural', concern: 4, signs: ['sex-ads'], times: ['evenings-nights', 'weekends'], outreach: 'no' },
  { key: 'eastern-motels', type: 'motels-short-stay', zone: 'Short-stay motels on the eastern Highway 7 strip', setting: 'suburban', concern: 4, signs: ['signs-sexual-exploitation', 'sex-ads'], times: ['evenings-nights', 'major-events'], outreach: 'yes', outreachPartners: ['police'] },
  { key: 'strip-mall-massage', type: 'off-street-sex-venues', zone: 'Massage businesses in strip malls along the main commercial corridor', setting: 'suburban', concern: 3, signs: ['sex-ads'], times: 'dont-know', outreach: 'dont-know' },
]);

export const activities = activityRegister(CODE, partners, [
  {
    key: 'indigenous-mentorship',
    name: 'Mentorship and land-based program for Indigenous girls',
    kind: 'outreach',
    lead: 'friendshipCentre',
    groups: ['youth-in-care', 'indigenous-women-girls'],
    approach: ['social-development', 'community-based'],
    forms: ['sexual-exploitation'],
    elements: ['existing-structures', 'capacity-resilience'],
    start: '2024-04-01',
    reach: 45,
    funding: 'short-term',
    evaluated: 'yes',
    result: 'effective',
  },
  {
    key: 'licence-conditions',
    name: 'Licensing conditions for short-stay lodging and massage businesses',
    kind: 'inspection-regulation',
    lead: 'licensing',
    partners: ['police'],
    // Regulation targets businesses, not groups: the documents do not say whom it reaches.
    groups: 'dont-know',
    sectors: ['hotels-hospitality'],
    approach: ['situational'],
    forms: ['sexual-exploitation', 'forced-labour'],
    elements: ['exploitation-focus', 'government-leadership'],
    start: '2025-04-01',
    funding: 'no-dedicated-funding',
    evaluated: 'no',
  },
  {
    key: 'ed-training',
    name: 'Emergency department staff training on trafficking indicators',
    kind: 'frontline-training',
    lead: 'hospital',
    groups: ['homeless-people', 'mental-health-substance-use'],
    approach: ['community-based'],
    forms: ['sexual-exploitation', 'forced-labour'],
    elements: ['existing-structures', 'capacity-resilience'],
    start: '2025-02-01',
    reach: 60,
    funding: 'short-term',
    evaluated: 'no',
  },
]);
