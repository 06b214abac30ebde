import { DONT_KNOW, v } from '../../answer-helpers';
import { utc } from '../../clock';
import { aboutAnswers } from '../../diagnostic-about';
import { entryIdsOf } from '../../partner-register';
import type { RespondentSpec } from '../../respondent-spec';
import { activities, CODE, partners, places } from './registers';

const ids = (...orgs: Parameters<typeof entryIdsOf>[1]) => entryIdsOf(partners, orgs);

/** Municipal police, management level: high concern for youth and the sex trade, low for labour. */
export function policeInterview(): RespondentSpec {
  return {
    code: CODE,
    type: 'interview',
    template: 'diagnostic',
    startedAt: utc('2026-07-06', 14),
    completedSections: ['about', 'partners', 'at-risk-groups', 'employment-sectors', 'geographic-areas', 'current-activities', 'gaps', 'data-and-confidence', 'closing'],
    answers: {
      ...aboutAnswers({ role: 'management', organisationType: 'police', years: 14, community: 'mid-size-city', mode: 'in-person', date: '2026-07-06' }),
      'partner-types-present': v(['police', 'child-protection', 'border-immigration', 'prosecution', 'housing-homelessness', 'municipal', 'ngo-victim-services', 'businesses']),
      ...partners.answers,
      'coordination-body': v('yes'),
      'coordination-lead': v(partners.ids.safetyOffice),
      'coordination-frequency': v('quarterly'),
      'partner-cooperation': v(4),
      'government-community-trust': v(3),
      'cooperation-barriers': v(['funding', 'turnover', 'privacy-rules']),
      'missing-partner-types': v(['labour-inspection', 'indigenous-organizations', 'survivor-led']),
      'private-sector-involved': v('yes'),
      'private-sector-how': v('The hotel and motel association circulates our indicator sheet to its members; two chain hotels have trained their front-desk staff.'),

      'groups-present': v(['youth-in-care', 'street-youth', 'youth-violence-history', 'temporary-foreign-workers', 'international-students', 'indigenous-women-girls', 'mental-health-substance-use']),
      'groups-concern': v({ 'youth-in-care': 5, 'street-youth': 4, 'youth-violence-history': 4, 'temporary-foreign-workers': 2, 'international-students': 3, 'indigenous-women-girls': 4, 'mental-health-substance-use': 3 }),
      'groups-prevalence': v({
        'youth-in-care': 'from-5-to-19',
        'street-youth': 'fewer-than-5',
        'youth-violence-history': 'fewer-than-5',
        'temporary-foreign-workers': 'none-known',
        'international-students': 'fewer-than-5',
        'indigenous-women-girls': 'fewer-than-5',
        'mental-health-substance-use': 'fewer-than-5',
      }),
      'groups-trend': v({ 'youth-in-care': 'increasing', 'street-youth': 'stable', 'youth-violence-history': 'stable', 'temporary-foreign-workers': 'stable', 'international-students': 'increasing', 'indigenous-women-girls': 'stable', 'mental-health-substance-use': 'stable' }),
      'vulnerability-factors': v(['poverty', 'young-age', 'social-exclusion', 'family-institution-breakdown', 'unstable-housing']),
      'main-vulnerability-factor': v('family-institution-breakdown'),
      'trafficking-forms-seen': v(['sexual-exploitation', 'forced-labour', 'forced-criminality']),
      'forms-concern': v({ 'sexual-exploitation': 5, 'forced-labour': 2, 'forced-criminality': 3 }),
      'domestic-or-international': v('mostly-domestic'),
      'signals-12-months': v(6, { note: 'Occurrences the unit flagged as possible trafficking or exploitation, not charges.' }),
      'signals-forms': v(['sexual-exploitation', 'forced-criminality']),
      'signals-involved-minors': v('yes'),
      'signals-trend': v('increasing'),
      'recruitment-methods': v(['intimate-partner', 'peers', 'online']),
      'groups-awareness': v({ 'youth-in-care': 2, 'street-youth': 2, 'youth-violence-history': 2, 'temporary-foreign-workers': 1, 'international-students': 2, 'indigenous-women-girls': 2, 'mental-health-substance-use': 1 }),
      'groups-notes': v('Most situations we see involve girls and young women recruited by a “boyfriend” figure, often online, and moved between motels along the highway. Labour exploitation rarely reaches us; we are not sure we would recognise it.'),

      'sectors-of-concern': v(['agriculture', 'hotels-hospitality', 'beauty-massage', 'commercial-sex']),
      'sectors-concern-level': v({ agriculture: 2, 'hotels-hospitality': 4, 'beauty-massage': 3, 'commercial-sex': 5 }),
      'sectors-ilo-indicators': v({
        agriculture: ['abusive-conditions'],
        'hotels-hospitality': ['restriction-of-movement', 'intimidation-threats'],
        'beauty-massage': ['restriction-of-movement', 'isolation', 'retention-of-documents'],
        'commercial-sex': ['abuse-of-vulnerability', 'restriction-of-movement', 'physical-sexual-violence', 'intimidation-threats', 'debt-bondage'],
      }),
      // Agriculture is left empty on purpose: the police know of no partner active there.
      'sectors-partners-active': v({
        'hotels-hospitality': ids('police', 'licensing', 'supportCentre', 'hotelAssociation'),
        'beauty-massage': ids('police', 'licensing'),
        'commercial-sex': ids('police', 'supportCentre'),
      }),
      'sectors-trend': v({ agriculture: 'stable', 'hotels-hospitality': 'increasing', 'beauty-massage': 'stable', 'commercial-sex': 'increasing' }),
      'tfw-employers': v('yes'),
      'tfw-count': DONT_KNOW,
      'recruitment-agencies': DONT_KNOW,
      'workplace-inspections': v(2),
      'workers-can-complain': v('some-can'),
      'demand-drivers': v('Online sex buying around the truck stop and on festival weekends; buyers face almost no deterrence.'),
      'seasonal-risk': v('yes'),
      'seasonal-risk-when': v('Summer festival weekends and the harvest season'),

      'place-types-present': v(['highway-corridors', 'motels-short-stay', 'street-level-sex-trade', 'online-spaces']),
      ...places.answers,
      'places-trend': v({ 'highway-corridors': 'stable', 'motels-short-stay': 'increasing', 'street-level-sex-trade': 'decreasing', 'online-spaces': 'increasing' }),
      'places-forms': v({ 'highway-corridors': ['sexual-exploitation', 'forced-labour'], 'motels-short-stay': ['sexual-exploitation'], 'street-level-sex-trade': ['sexual-exploitation'], 'online-spaces': ['sexual-exploitation'] }),
      'online-recruitment': v('yes'),
      'online-platforms': v(['classified-ads', 'social-media', 'messaging-apps', 'dating-apps']),
      'movement-patterns': v(['within-province', 'between-provinces']),
      'safety-walk-done': v('no'),
      'places-notes': v('Movement is mostly along the Highway 7 corridor between here and the larger cities; stays are short, two or three nights.'),

      'activities-any': v('yes'),
      ...activities.answers,
      'activities-effectiveness': v({ [activities.ids['hotel-training']]: 3, [activities.ids['missing-youth']]: 4 }),
      'frontline-training-level': v('about-half'),
      'awareness-targeting': v('general-and-targeted'),
      'referral-pathway': v('yes'),
      'support-services': v(['emergency-shelter', 'specialized-services', 'counselling']),
      'past-activities': v('A poster campaign at the bus terminal in 2022 was not repeated; nobody measured its effect.'),

      'framework-gaps': v({
        'exploitation-focus': 3,
        'sexual-and-labour': 2,
        'domestic-and-international': 3,
        'supply-and-demand': 1,
        'government-leadership': 3,
        'existing-structures': 3,
        'partnerships-coordination': 4,
        'evidence-base': 2,
        'monitoring-evaluation': 1,
        'capacity-resilience': 2,
      }),
      'knowledge-gaps': v('We do not know the extent of labour exploitation, or how many youth are recruited online before anyone notices.'),
      'prevention-gaps': v('Nothing targets buyers. Youth who run from care are found again, but nothing changes the reasons they ran.'),
      'groups-not-reached': v(['street-youth', 'temporary-foreign-workers']),
      'sectors-not-covered': v(['agriculture']),
      'approaches-missing': v(['reintegration']),
      'capacity-to-act': v(3),
      'capacity-resources': v({ 'staff-time': 2, funding: 2, 'trafficking-expertise': 3, 'data-analysis': 2, 'leadership-support': 3, 'community-mobilization': 2, 'language-services': 1 }),
      'leadership-support': v(3),
      'priority-elements': v(['supply-and-demand', 'partnerships-coordination', 'evidence-base']),
      'priority-groups': v(['youth-in-care', 'street-youth', 'indigenous-women-girls']),
      'priority-sectors': v(['hotels-hospitality', 'commercial-sex']),
      'priority-places': v(['motels-short-stay', 'online-spaces']),
      'priority-actions': v(['frontline-training', 'business-engagement', 'online-safety', 'demand-reduction']),
      'priority-reasons': v('Front-desk staff and online moderators see recruitment first; buyers drive the market.'),
      'quick-win': v('Refresh the hotel indicator sheet and add the local help line to it.'),

      'data-sources-used': v(['police-statistics', 'hotline-data', 'interviews']),
      'data-confidence': v({ 'police-statistics': 4, 'hotline-data': 3, interviews: 3 }),
      'data-sources-wanted': v(['child-protection-data', 'emergency-department', 'labour-inspections']),
      'data-sharing-agreements': v('yes'),
      'data-baseline': v('no'),
      'overall-confidence': v(4),

      'follow-up-contact': v('yes'),
      'final-comments': v('We can share yearly counts by category, never case details.'),
    },
  };
}
