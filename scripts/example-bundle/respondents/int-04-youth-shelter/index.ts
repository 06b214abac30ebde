import { DONT_KNOW, PREFER_NOT, v } from '../../answer-helpers';
import { utc } from '../../clock';
import { aboutAnswers } from '../../diagnostic-about';
import { entryIdsOf } from '../../partner-register';
import type { RespondentSpec } from '../../respondent-spec';
import { activities, CODE, partners, places } from './registers';

/**
 * The youth shelter: the highest concern for street-involved youth, and the clearest view of
 * the gap since its evening outreach ended. Disagrees with the police about coordination
 * and the referral pathway.
 */
export function youthShelterInterview(): RespondentSpec {
  return {
    code: CODE,
    type: 'interview',
    template: 'diagnostic',
    startedAt: utc('2026-07-14', 15),
    completedSections: ['about', 'partners', 'at-risk-groups', 'employment-sectors', 'geographic-areas', 'current-activities', 'gaps', 'data-and-confidence', 'closing'],
    answers: {
      ...aboutAnswers({ role: 'frontline', organisationType: 'housing-homelessness', years: 9, community: 'mid-size-city', mode: 'in-person', date: '2026-07-14' }),
      'partner-types-present': v(['police', 'child-protection', 'health-emergency', 'schools', 'housing-homelessness', 'ngo-victim-services', 'indigenous-organizations', 'faith-groups']),
      ...partners.answers,
      'coordination-body': v('no'),
      'coordination-wanted': v('yes'),
      'partner-cooperation': v(2),
      'government-community-trust': v(2),
      'cooperation-barriers': v(['funding', 'turnover', 'distrust', 'no-coordinator']),
      'missing-partner-types': v(['municipal', 'survivor-led']),
      'private-sector-involved': v('no'),

      'groups-present': v(['youth-in-care', 'street-youth', 'youth-violence-history', 'homeless-people', 'indigenous-women-girls', 'lgbtq2s-youth', 'mental-health-substance-use']),
      'groups-concern': v({ 'youth-in-care': 5, 'street-youth': 5, 'youth-violence-history': 4, 'homeless-people': 4, 'indigenous-women-girls': 5, 'lgbtq2s-youth': 4, 'mental-health-substance-use': 4 }),
      'groups-prevalence': v({
        'youth-in-care': 'from-5-to-19',
        'street-youth': 'from-5-to-19',
        'youth-violence-history': 'fewer-than-5',
        'homeless-people': 'fewer-than-5',
        'indigenous-women-girls': 'fewer-than-5',
        'lgbtq2s-youth': 'fewer-than-5',
        'mental-health-substance-use': 'fewer-than-5',
      }),
      'groups-trend': v({ 'youth-in-care': 'increasing', 'street-youth': 'increasing', 'youth-violence-history': 'stable', 'homeless-people': 'increasing', 'indigenous-women-girls': 'stable', 'lgbtq2s-youth': 'stable', 'mental-health-substance-use': 'increasing' }),
      'vulnerability-factors': v(['poverty', 'young-age', 'discrimination', 'family-institution-breakdown', 'unstable-housing']),
      'main-vulnerability-factor': v('unstable-housing'),
      'trafficking-forms-seen': v(['sexual-exploitation', 'forced-criminality']),
      'forms-concern': v({ 'sexual-exploitation': 5, 'forced-criminality': 4 }),
      'domestic-or-international': v('mostly-domestic'),
      'signals-12-months': v(11),
      'signals-forms': v(['sexual-exploitation', 'forced-criminality']),
      // Small numbers in a small shelter could point to residents.
      'signals-involved-minors': PREFER_NOT,
      'signals-trend': v('increasing'),
      'recruitment-methods': v(['intimate-partner', 'peers', 'online', 'gangs-organized-crime']),
      'groups-awareness': v({ 'youth-in-care': 2, 'street-youth': 1, 'youth-violence-history': 2, 'homeless-people': 2, 'indigenous-women-girls': 3, 'lgbtq2s-youth': 2, 'mental-health-substance-use': 1 }),
      'groups-notes': v('Young people tell us about older men offering rides, a place to stay or drugs around the bus terminal; some are then asked to carry drugs to pay back a “debt”.'),

      'sectors-of-concern': v(['restaurants', 'commercial-sex']),
      'sectors-concern-level': v({ restaurants: 2, 'commercial-sex': 5 }),
      'sectors-ilo-indicators': v({ restaurants: ['excessive-overtime'], 'commercial-sex': ['abuse-of-vulnerability', 'physical-sexual-violence', 'intimidation-threats', 'debt-bondage'] }),
      'sectors-partners-active': v({ 'commercial-sex': entryIdsOf(partners, ['supportCentre', 'police']) }),
      'sectors-trend': v({ restaurants: 'stable', 'commercial-sex': 'increasing' }),
      'tfw-employers': DONT_KNOW,
      'recruitment-agencies': DONT_KNOW,
      'workplace-inspections': DONT_KNOW,
      'workers-can-complain': DONT_KNOW,
      'seasonal-risk': v('yes'),
      'seasonal-risk-when': v('Summer, when placements break down and school is out'),

      'place-types-present': v(['transit-hubs', 'motels-short-stay', 'youth-gathering-places', 'online-spaces']),
      ...places.answers,
      'places-trend': v({ 'transit-hubs': 'increasing', 'motels-short-stay': 'stable', 'youth-gathering-places': 'increasing', 'online-spaces': 'increasing' }),
      'places-forms': v({ 'transit-hubs': ['sexual-exploitation', 'forced-criminality'], 'motels-short-stay': ['sexual-exploitation'], 'youth-gathering-places': ['forced-criminality'], 'online-spaces': ['sexual-exploitation'] }),
      'online-recruitment': v('yes'),
      'online-platforms': v(['social-media', 'messaging-apps', 'gaming-platforms']),
      'movement-patterns': v(['within-province']),
      'safety-walk-done': v('yes'),
      'places-notes': v('On the safety walk in May, youth pointed out the unlit lane behind the terminal and the late-night food counters where older men wait.'),

      'activities-any': v('yes'),
      ...activities.answers,
      'activities-effectiveness': v({ [activities.ids['leaving-care-groups']]: 4, [activities.ids['staff-training']]: 3 }),
      'frontline-training-level': v('most'),
      'awareness-targeting': v('targeted-only'),
      'referral-pathway': v('no'),
      'support-services': v(['emergency-shelter', 'counselling', 'health-care-access']),
      'past-activities': v('A street outreach van ran three evenings a week until mid-2025 and ended when its two-year grant was not renewed. Since then nobody does evening outreach to street-involved youth.'),

      'framework-gaps': v({
        'exploitation-focus': 2,
        'sexual-and-labour': 2,
        'domestic-and-international': 2,
        'supply-and-demand': 1,
        'government-leadership': 2,
        'existing-structures': 3,
        'partnerships-coordination': 2,
        'evidence-base': 1,
        'monitoring-evaluation': 1,
        'capacity-resilience': 2,
      }),
      'knowledge-gaps': v('How many young people sleep outside or couch-surf in a given month, and how many of them are approached.'),
      'prevention-gaps': v('No one is on the street in the evening any more. Youth leaving care at 18 lose their worker and their housing in the same month.'),
      'groups-not-reached': v(['street-youth', 'mental-health-substance-use']),
      'sectors-not-covered': v(['commercial-sex']),
      'approaches-missing': v(['reintegration']),
      'capacity-to-act': v(2),
      'capacity-resources': v({ 'staff-time': 1, funding: 1, 'trafficking-expertise': 3, 'data-analysis': 1, 'leadership-support': 2, 'community-mobilization': 3, 'language-services': 2 }),
      'leadership-support': v(2),
      'priority-elements': v(['existing-structures', 'monitoring-evaluation', 'capacity-resilience']),
      'priority-groups': v(['youth-in-care', 'street-youth', 'indigenous-women-girls']),
      'priority-sectors': v(['commercial-sex']),
      'priority-places': v(['transit-hubs', 'motels-short-stay']),
      'priority-actions': v(['targeted-awareness', 'safe-housing', 'leaving-care-support', 'coordination-protocols', 'survivor-support']),
      'priority-reasons': v('Housing first: a young person with a safe bed is much harder to recruit.'),
      'quick-win': v('One evening of outreach a week at the bus terminal, staffed from the existing shelter team.'),

      'data-sources-used': v(['homelessness-counts', 'ngo-records', 'interviews', 'safety-walks']),
      'data-confidence': v({ 'homelessness-counts': 3, 'ngo-records': 4, interviews: 3, 'safety-walks': 3 }),
      'data-sources-wanted': v(['child-protection-data', 'school-attendance']),
      'data-sharing-agreements': v('no'),
      'data-baseline': v('no'),
      'overall-confidence': v(3),

      'follow-up-contact': v('yes'),
      'final-comments': v('Young people should help design any new outreach.'),
    },
  };
}
