import { activityRegister } from '../../activity-register';
import { partnerRegister } from '../../partner-register';
import { placesRegister } from '../../places-register';

export const CODE = 'INT-05';

export const partners = partnerRegister(CODE, [
  { org: 'schoolBoard', contactRole: 'Mental health and well-being lead', work: ['education-work', 'prevention-awareness'], engagement: 3, protocols: 'yes', protocolKinds: ['referral-protocol'] },
  { org: 'police', contactRole: 'School resource officer program', work: ['prevention-awareness'], engagement: 3, protocols: 'yes', protocolKinds: ['memorandum'] },
  { org: 'youthShelter', contactRole: 'Executive director', engagement: 'dont-know' },
  { org: 'childrensAid', contactRole: 'Education liaison worker', work: ['child-protection-work', 'education-work'], engagement: 4, protocols: 'yes', protocolKinds: ['info-sharing-agreement'] },
  { org: 'publicHealth', contactRole: 'School health nurse team lead', work: ['health-work', 'prevention-awareness'], engagement: 4 },
  { org: 'friendshipCentre', contactRole: 'Indigenous student support worker', work: ['education-work'], engagement: 3 },
]);

export const places = placesRegister(CODE, partners, [
  { key: 'riverside-park', type: 'youth-gathering-places', zone: 'Riverside park and skate park area', setting: 'urban', concern: 3, signs: ['youth-approached'], times: ['evenings-nights', 'weekends'], outreach: 'no' },
  { key: 'student-online', type: 'online-spaces', zone: 'Social media, messaging and gaming platforms students use', setting: 'online', concern: 5, signs: ['youth-approached'], times: ['evenings-nights'], outreach: 'yes', outreachPartners: ['schoolBoard', 'publicHealth'] },
]);

export const activities = activityRegister(CODE, partners, [
  {
    key: 'healthy-relationships',
    name: 'Healthy relationships and online safety lessons, grades 7 to 10',
    kind: 'school-education',
    lead: 'schoolBoard',
    partners: ['publicHealth', 'police'],
    groups: ['youth-violence-history', 'international-students', 'lgbtq2s-youth'],
    approach: ['social-development'],
    forms: ['sexual-exploitation'],
    elements: ['capacity-resilience'],
    start: '2024-09-03',
    reach: 2400,
    funding: 'multi-year',
    evaluated: 'yes',
    result: 'effective',
  },
  {
    key: 'attendance-follow-up',
    name: 'Attendance follow-up for students in care',
    kind: 'coordination',
    lead: 'childrensAid',
    partners: ['schoolBoard'],
    groups: ['youth-in-care'],
    approach: ['community-based'],
    elements: ['existing-structures'],
    funding: 'no-dedicated-funding',
    evaluated: 'dont-know',
  },
]);
