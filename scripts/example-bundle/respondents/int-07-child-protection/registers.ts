import { activityRegister } from '../../activity-register';
import { partnerRegister } from '../../partner-register';
import { placesRegister } from '../../places-register';

export const CODE = 'INT-07';

/**
 * Child protection spells two partners its own way: "Riverbend police service" (the same
 * name once case is ignored) and "River Bend Youth Shelter" (a near duplicate to flag).
 */
export const partners = partnerRegister(CODE, [
  {
    org: 'childrensAid',
    contactRole: 'Adolescent services manager',
    work: ['child-protection-work', 'victim-support', 'prevention-awareness'],
    engagement: 4,
    protocols: 'yes',
    protocolKinds: ['referral-protocol', 'case-conferences', 'info-sharing-agreement'],
  },
  { org: 'police', spelling: 'Riverbend police service', contactRole: 'Missing persons coordinator', work: ['enforcement'], engagement: 4, protocols: 'yes', protocolKinds: ['referral-protocol', 'case-conferences'] },
  { org: 'youthShelter', spelling: 'River Bend Youth Shelter', contactRole: 'Shelter manager', work: ['housing-work'], engagement: 4, protocols: 'yes', protocolKinds: ['case-conferences'] },
  { org: 'schoolBoard', contactRole: 'Student success lead', work: ['education-work'], engagement: 3 },
  { org: 'friendshipCentre', contactRole: 'Family support program lead', work: ['child-protection-work', 'outreach'], engagement: 4, protocols: 'dont-know' },
  { org: 'hospital', contactRole: 'Child and adolescent social worker', work: ['health-work'], engagement: 3 },
  { org: 'safetyOffice', contactRole: 'Community safety coordinator', engagement: 3 },
]);

export const places = placesRegister(CODE, partners, [
  { key: 'apps', type: 'online-spaces', zone: 'Social media and messaging apps', setting: 'online', concern: 5, signs: ['youth-approached', 'sex-ads'], times: ['evenings-nights'], outreach: 'no' },
  { key: 'bus-terminal', type: 'transit-hubs', zone: 'Downtown bus terminal', setting: 'urban', concern: 4, signs: ['youth-approached'], times: ['evenings-nights'], outreach: 'no' },
  { key: 'highway-motels', type: 'motels-short-stay', zone: 'Highway 7 motels, east end', setting: 'suburban', concern: 4, signs: 'dont-know', times: 'dont-know', outreach: 'yes', outreachPartners: ['police'] },
]);

export const activities = activityRegister(CODE, partners, [
  {
    key: 'intake-screening',
    name: 'Exploitation screening at intake and placement reviews',
    kind: 'other',
    kindOther: 'Screening in casework',
    lead: 'childrensAid',
    groups: ['youth-in-care', 'youth-violence-history', 'indigenous-women-girls'],
    approach: ['social-development'],
    forms: ['sexual-exploitation'],
    elements: ['exploitation-focus', 'existing-structures'],
    start: '2025-11-01',
    reach: 'dont-know',
    funding: 'no-dedicated-funding',
    evaluated: 'yes',
    result: 'too-early',
  },
  {
    // The police's "Missing youth joint response protocol" under another name: one activity, two entries.
    key: 'missing-from-care',
    name: 'Missing from care joint protocol',
    kind: 'coordination',
    lead: 'police',
    partners: ['childrensAid', 'youthShelter'],
    groups: ['youth-in-care'],
    approach: ['community-based'],
    forms: ['sexual-exploitation'],
    elements: ['partnerships-coordination'],
    start: '2023-03-01',
    funding: 'no-dedicated-funding',
    evaluated: 'yes',
    result: 'mixed-results',
  },
]);
