import { DONT_KNOW, PREFER_NOT, v } from '../../answer-helpers';
import { utc } from '../../clock';
import { aboutAnswers } from '../../diagnostic-about';
import { entryIdsOf } from '../../partner-register';
import type { RespondentSpec } from '../../respondent-spec';
import { activities, CODE, partners, places } from './registers';

/**
 * Child protection: the highest concern for youth in care, and counts it will not share
 * (small numbers of children could be identified), so prevalence and signals are
 * "prefer not to say".
 */
export function childProtectionInterview(): RespondentSpec {
  return {
    code: CODE,
    type: 'interview',
    template: 'diagnostic',
    startedAt: utc('2026-07-28', 13),
    completedSections: ['about', 'partners', 'at-risk-groups', 'employment-sectors', 'geographic-areas', 'current-activities', 'gaps', 'data-and-confidence', 'closing'],
    answers: {
      ...aboutAnswers({ role: 'management', organisationType: 'child-protection', years: 17, community: 'multi-community-region', mode: 'in-person', date: '2026-07-28' }),
      'partner-types-present': v(['police', 'child-protection', 'health-emergency', 'schools', 'housing-homelessness', 'municipal', 'indigenous-organizations']),
      ...partners.answers,
      'coordination-body': v('yes'),
      'coordination-lead': v(partners.ids.safetyOffice),
      // The police said quarterly.
      'coordination-frequency': v('twice-a-year'),
      'partner-cooperation': v(4),
      'government-community-trust': v(3),
      'cooperation-barriers': v(['privacy-rules', 'turnover']),
      'missing-partner-types': v(['survivor-led']),
      'private-sector-involved': v('no'),

      'groups-present': v(['youth-in-care', 'street-youth', 'youth-violence-history', 'indigenous-women-girls', 'lgbtq2s-youth', 'mental-health-substance-use']),
      'groups-concern': v({ 'youth-in-care': 5, 'street-youth': 4, 'youth-violence-history': 5, 'indigenous-women-girls': 5, 'lgbtq2s-youth': 4, 'mental-health-substance-use': 3 }),
      'groups-prevalence': PREFER_NOT,
      'groups-trend': v({ 'youth-in-care': 'increasing', 'street-youth': 'increasing', 'youth-violence-history': 'stable', 'indigenous-women-girls': 'stable', 'lgbtq2s-youth': 'stable', 'mental-health-substance-use': 'stable' }),
      'vulnerability-factors': v(['young-age', 'gender-inequality', 'discrimination', 'family-institution-breakdown', 'unstable-housing']),
      'main-vulnerability-factor': v('family-institution-breakdown'),
      'trafficking-forms-seen': v(['sexual-exploitation', 'forced-criminality']),
      'forms-concern': v({ 'sexual-exploitation': 5, 'forced-criminality': 3 }),
      'domestic-or-international': v('mostly-domestic'),
      'signals-12-months': PREFER_NOT,
      'signals-trend': v('increasing'),
      'recruitment-methods': v(['intimate-partner', 'peers', 'online', 'gangs-organized-crime']),
      'groups-awareness': v({ 'youth-in-care': 2, 'street-youth': 1, 'youth-violence-history': 2, 'indigenous-women-girls': 2, 'lgbtq2s-youth': 2, 'mental-health-substance-use': 1 }),
      'groups-notes': v('Youth who go missing from group homes again and again worry us most: the same pattern of gifts, a “boyfriend”, then a debt to repay.'),

      'sectors-of-concern': v(['hotels-hospitality', 'commercial-sex']),
      'sectors-concern-level': v({ 'hotels-hospitality': 4, 'commercial-sex': 5 }),
      'sectors-ilo-indicators': v({ 'hotels-hospitality': ['restriction-of-movement'], 'commercial-sex': ['abuse-of-vulnerability', 'physical-sexual-violence', 'debt-bondage'] }),
      'sectors-partners-active': v({ 'hotels-hospitality': entryIdsOf(partners, ['police']), 'commercial-sex': entryIdsOf(partners, ['police']) }),
      'sectors-trend': v({ 'hotels-hospitality': 'stable', 'commercial-sex': 'increasing' }),
      'tfw-employers': DONT_KNOW,
      'recruitment-agencies': DONT_KNOW,
      'workplace-inspections': DONT_KNOW,
      'workers-can-complain': DONT_KNOW,
      'seasonal-risk': v('no'),

      'place-types-present': v(['transit-hubs', 'motels-short-stay', 'online-spaces']),
      ...places.answers,
      'places-trend': v({ 'transit-hubs': 'stable', 'motels-short-stay': 'stable', 'online-spaces': 'increasing' }),
      'places-forms': v({ 'transit-hubs': ['sexual-exploitation'], 'motels-short-stay': ['sexual-exploitation'], 'online-spaces': ['sexual-exploitation'] }),
      'online-recruitment': v('yes'),
      'online-platforms': v(['social-media', 'messaging-apps', 'dating-apps']),
      'movement-patterns': v(['within-province', 'between-provinces']),
      'safety-walk-done': v('no'),

      'activities-any': v('yes'),
      ...activities.answers,
      'activities-effectiveness': v({ [activities.ids['intake-screening']]: 3, [activities.ids['missing-from-care']]: 3 }),
      'frontline-training-level': v('about-half'),
      'awareness-targeting': v('targeted-only'),
      'referral-pathway': v('yes'),
      'support-services': v(['emergency-shelter', 'specialized-services', 'counselling', 'health-care-access']),

      'framework-gaps': v({
        'exploitation-focus': 3,
        'sexual-and-labour': 2,
        'domestic-and-international': 2,
        'supply-and-demand': 1,
        'government-leadership': 2,
        'existing-structures': 4,
        'partnerships-coordination': 3,
        'evidence-base': 2,
        'monitoring-evaluation': 2,
        'capacity-resilience': 3,
      }),
      'knowledge-gaps': v('What happens to youth in the year after they leave care, and how many are recruited then.'),
      'prevention-gaps': v('Support ends at 18 for most youth, the age when recruiters move from gifts to debts.'),
      'groups-not-reached': v(['street-youth']),
      'sectors-not-covered': DONT_KNOW,
      'approaches-missing': v(['reintegration']),
      'capacity-to-act': v(3),
      'capacity-resources': v({ 'staff-time': 2, funding: 2, 'trafficking-expertise': 3, 'data-analysis': 3, 'leadership-support': 3, 'community-mobilization': 2, 'language-services': 2 }),
      'leadership-support': v(3),
      'priority-elements': v(['existing-structures', 'partnerships-coordination', 'monitoring-evaluation']),
      'priority-groups': v(['youth-in-care', 'street-youth', 'indigenous-women-girls']),
      'priority-sectors': v(['commercial-sex']),
      'priority-places': v(['transit-hubs', 'online-spaces']),
      'priority-actions': v(['frontline-training', 'leaving-care-support', 'coordination-protocols']),
      'quick-win': v('Share the intake screening questions with the shelter and the school board.'),

      'data-sources-used': v(['police-statistics', 'child-protection-data', 'interviews']),
      'data-confidence': v({ 'police-statistics': 3, 'child-protection-data': 4, interviews: 3 }),
      'data-sources-wanted': v(['school-attendance', 'homelessness-counts', 'emergency-department']),
      'data-sharing-agreements': v('yes'),
      'data-baseline': v('yes'),
      'overall-confidence': v(4),

      // The agency prefers contact through the Community Safety Office.
      'follow-up-contact': v('no'),
    },
  };
}
