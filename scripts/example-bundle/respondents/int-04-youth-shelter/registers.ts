import { activityRegister } from '../../activity-register';
import { partnerRegister } from '../../partner-register';
import { placesRegister } from '../../places-register';

export const CODE = 'INT-04';

/** The shelter lists itself first, as most organisations do. */
export const partners = partnerRegister(CODE, [
  {
    org: 'youthShelter',
    contactRole: 'Executive director',
    work: ['housing-work', 'victim-support', 'prevention-awareness'],
    engagement: 5,
    protocols: 'yes',
    protocolKinds: ['case-conferences'],
  },
  { org: 'police', contactRole: 'Youth liaison officer', work: ['enforcement'], engagement: 3, protocols: 'no' },
  { org: 'childrensAid', contactRole: 'Adolescent services supervisor', work: ['child-protection-work'], engagement: 4, protocols: 'yes', protocolKinds: ['case-conferences', 'joint-training'] },
  { org: 'supportCentre', contactRole: 'Anti-trafficking counsellor', work: ['victim-support'], engagement: 5, protocols: 'yes', protocolKinds: ['referral-protocol'] },
  { org: 'friendshipCentre', contactRole: 'Youth program coordinator', work: ['outreach', 'prevention-awareness'], engagement: 4, protocols: 'no' },
  { org: 'schoolBoard', contactRole: 'Student success lead', work: ['education-work'], engagement: 2 },
  { org: 'dropIn', contactRole: 'Drop-in coordinator', work: ['housing-work', 'outreach'], engagement: 3, notes: 'Volunteers; open three afternoons a week.' },
  { org: 'hospital', contactRole: 'Emergency department social worker', work: ['health-work'], engagement: 'dont-know' },
]);

export const places = placesRegister(CODE, partners, [
  {
    key: 'bus-terminal',
    type: 'transit-hubs',
    zone: 'Downtown bus terminal and the surrounding blocks',
    setting: 'urban',
    concern: 5,
    signs: ['youth-approached', 'controlled-people'],
    times: ['evenings-nights', 'weekends'],
    // Evening outreach ended in 2025: nobody is there now.
    outreach: 'no',
  },
  {
    key: 'highway-motels',
    type: 'motels-short-stay',
    zone: 'Motels along the Highway 7 strip, east end',
    setting: 'suburban',
    concern: 5,
    signs: ['signs-sexual-exploitation', 'youth-approached'],
    times: ['evenings-nights'],
    outreach: 'dont-know',
  },
  { key: 'riverside-park', type: 'youth-gathering-places', zone: 'Riverside park and skate park', setting: 'urban', concern: 4, signs: ['youth-approached'], times: ['evenings-nights', 'seasonal'], outreach: 'no' },
]);

export const activities = activityRegister(CODE, partners, [
  {
    key: 'leaving-care-groups',
    name: 'Exploitation-awareness groups for youth leaving care',
    kind: 'awareness-campaign',
    lead: 'youthShelter',
    partners: ['childrensAid', 'friendshipCentre'],
    groups: ['youth-in-care', 'indigenous-women-girls', 'lgbtq2s-youth'],
    approach: ['social-development'],
    forms: ['sexual-exploitation'],
    elements: ['existing-structures', 'capacity-resilience'],
    start: '2025-10-01',
    reach: 35,
    funding: 'short-term',
    evaluated: 'yes',
    result: 'too-early',
  },
  {
    key: 'staff-training',
    name: 'Shelter staff training on recruitment and grooming signs',
    kind: 'frontline-training',
    lead: 'youthShelter',
    partners: ['supportCentre'],
    groups: ['youth-in-care', 'homeless-people'],
    approach: ['community-based'],
    forms: ['sexual-exploitation', 'forced-criminality'],
    elements: ['exploitation-focus', 'capacity-resilience'],
    start: 'dont-know',
    reach: 22,
    funding: 'no-dedicated-funding',
    evaluated: 'no',
  },
]);
