import { activityRegister } from '../../activity-register';
import { partnerRegister } from '../../partner-register';
import { placesRegister } from '../../places-register';

export const CODE = 'INT-02';

/** The police see the sex trade and missing youth first; labour partners barely appear. */
export const partners = partnerRegister(CODE, [
  {
    org: 'police',
    contactRole: 'Staff sergeant, vice and human trafficking unit',
    work: ['enforcement', 'prevention-awareness', 'victim-support'],
    sectors: ['hotels-hospitality', 'commercial-sex', 'beauty-massage'],
    engagement: 4,
    protocols: 'yes',
    protocolKinds: ['referral-protocol', 'case-conferences'],
  },
  { org: 'safetyOffice', contactRole: 'Community safety coordinator', work: ['prevention-awareness'], engagement: 4, protocols: 'yes', protocolKinds: ['info-sharing-agreement'] },
  { org: 'youthShelter', contactRole: 'Shelter manager', work: ['housing-work', 'outreach'], engagement: 3, protocols: 'no' },
  {
    org: 'childrensAid',
    // This respondent writes "&": the analysis should offer to merge it with "and".
    spelling: 'Riverbend & Area Children’s Aid Society',
    contactRole: 'Missing children liaison worker',
    work: ['child-protection-work'],
    engagement: 4,
    protocols: 'yes',
    protocolKinds: ['referral-protocol', 'case-conferences'],
  },
  { org: 'supportCentre', contactRole: 'Anti-trafficking counsellor', work: ['victim-support', 'prevention-awareness'], engagement: 5, protocols: 'yes', protocolKinds: ['referral-protocol'] },
  { org: 'hotelAssociation', contactRole: 'Executive director', work: ['prevention-awareness'], sectors: ['hotels-hospitality'], engagement: 2, protocols: 'no' },
  { org: 'licensing', contactRole: 'Licensing supervisor', work: ['enforcement'], sectors: ['hotels-hospitality', 'beauty-massage'], engagement: 3, protocols: 'dont-know' },
  { org: 'borderServices', contactRole: 'Regional intelligence officer', work: ['enforcement'], engagement: 'dont-know' },
  { org: 'crown', contactRole: 'Crown attorney assigned to trafficking files', work: ['enforcement'], engagement: 3, protocols: 'no' },
]);

export const places = placesRegister(CODE, partners, [
  {
    key: 'highway-motels',
    type: 'motels-short-stay',
    zone: 'Truck stop motels along Highway 7 east of town',
    setting: 'suburban',
    concern: 4,
    signs: ['signs-sexual-exploitation', 'youth-approached', 'sex-ads'],
    times: ['evenings-nights', 'weekends'],
    outreach: 'yes',
    outreachPartners: ['police', 'supportCentre'],
  },
  {
    key: 'online-ads',
    type: 'online-spaces',
    zone: 'Local buy-and-sell, dating and escort ad sites',
    setting: 'online',
    concern: 5,
    signs: ['sex-ads', 'youth-approached'],
    times: ['evenings-nights'],
    outreach: 'no',
  },
  { key: 'river-flats', type: 'street-level-sex-trade', zone: 'Lower downtown near the river flats', setting: 'urban', concern: 3, signs: ['signs-sexual-exploitation'], times: ['evenings-nights'], outreach: 'yes', outreachPartners: ['supportCentre'] },
]);

export const activities = activityRegister(CODE, partners, [
  {
    key: 'hotel-training',
    name: 'Hotel and motel front-desk training on exploitation signs',
    kind: 'frontline-training',
    lead: 'police',
    partners: ['hotelAssociation', 'supportCentre'],
    groups: ['youth-in-care', 'indigenous-women-girls'],
    sectors: ['hotels-hospitality'],
    approach: ['situational'],
    forms: ['sexual-exploitation'],
    elements: ['exploitation-focus', 'partnerships-coordination'],
    start: '2024-09-01',
    reach: 120,
    funding: 'short-term',
    evaluated: 'no',
  },
  {
    key: 'missing-youth',
    name: 'Missing youth joint response protocol',
    kind: 'coordination',
    lead: 'police',
    partners: ['childrensAid', 'youthShelter'],
    groups: ['youth-in-care'],
    approach: ['community-based'],
    forms: ['sexual-exploitation'],
    elements: ['existing-structures', 'partnerships-coordination'],
    start: '2023-03-01',
    reach: 'dont-know',
    funding: 'no-dedicated-funding',
    evaluated: 'yes',
    result: 'mixed-results',
  },
]);
