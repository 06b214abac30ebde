import { DONT_KNOW, v, withOther } from '../../answer-helpers';
import { utc } from '../../clock';
import { aboutAnswers } from '../../diagnostic-about';
import type { RespondentSpec } from '../../respondent-spec';
import { activities, CODE, partners, places } from './registers';

/**
 * The school board answers for the school year and leaves employment sectors out: it has
 * no view of workplaces. Its "other" form of trafficking (sextortion) is carried into the
 * concern matrix as a row named by its text.
 */
export function schoolBoardInterview(): RespondentSpec {
  return {
    code: CODE,
    type: 'interview',
    template: 'diagnostic',
    startedAt: utc('2026-07-21', 14),
    excludedSections: ['employment-sectors'],
    completedSections: ['about', 'partners', 'at-risk-groups', 'geographic-areas', 'current-activities'],
    answers: {
      ...aboutAnswers({ role: 'management', organisationType: 'schools', years: 5, community: 'mid-size-city', mode: 'remote', date: '2026-07-21', period: 'last-12-months' }),
      'partner-types-present': v(['police', 'child-protection', 'health-emergency', 'schools', 'housing-homelessness', 'indigenous-organizations']),
      ...partners.answers,
      'coordination-body': DONT_KNOW,
      'coordination-wanted': v('yes'),
      'partner-cooperation': v(3),
      'government-community-trust': v(4),
      'cooperation-barriers': v(['privacy-rules', 'definitions']),
      'missing-partner-types': DONT_KNOW,
      'private-sector-involved': DONT_KNOW,

      'groups-present': v(['youth-in-care', 'street-youth', 'youth-violence-history', 'international-students', 'indigenous-women-girls', 'newcomers-language', 'lgbtq2s-youth']),
      'groups-concern': v({ 'youth-in-care': 4, 'street-youth': 3, 'youth-violence-history': 4, 'international-students': 4, 'indigenous-women-girls': 4, 'newcomers-language': 3, 'lgbtq2s-youth': 4 }),
      'groups-prevalence': DONT_KNOW,
      'groups-trend': v({ 'youth-in-care': 'stable', 'street-youth': 'increasing', 'youth-violence-history': 'stable', 'international-students': 'increasing', 'indigenous-women-girls': 'stable', 'newcomers-language': 'stable', 'lgbtq2s-youth': 'stable' }),
      'vulnerability-factors': v(['young-age', 'discrimination', 'lack-of-education', 'family-institution-breakdown', 'isolation']),
      'main-vulnerability-factor': v('isolation'),
      'trafficking-forms-seen': withOther(['sexual-exploitation', 'other'], 'Sextortion of students online'),
      'forms-concern': v({ 'sexual-exploitation': 4, other: 5 }),
      'domestic-or-international': DONT_KNOW,
      // No count kept: the school board does not record these situations as such.
      'signals-12-months': DONT_KNOW,
      'signals-trend': v('increasing'),
      'recruitment-methods': v(['peers', 'online']),
      'groups-awareness': v({ 'youth-in-care': 2, 'street-youth': 1, 'youth-violence-history': 2, 'international-students': 1, 'indigenous-women-girls': 2, 'newcomers-language': 1, 'lgbtq2s-youth': 3 }),
      'groups-notes': v('Counsellors hear about students pressured for images and then for money. A few students in care miss weeks of school before anyone connects it to exploitation.'),

      'place-types-present': v(['youth-gathering-places', 'online-spaces']),
      ...places.answers,
      'places-trend': v({ 'youth-gathering-places': 'stable', 'online-spaces': 'increasing' }),
      'places-forms': v({ 'youth-gathering-places': ['sexual-exploitation'], 'online-spaces': ['sexual-exploitation'] }),
      'online-recruitment': v('yes'),
      'online-platforms': v(['social-media', 'messaging-apps', 'gaming-platforms']),
      'movement-patterns': DONT_KNOW,
      'safety-walk-done': v('no'),

      'activities-any': v('yes'),
      ...activities.answers,
      'activities-effectiveness': v({ [activities.ids['healthy-relationships']]: 4, [activities.ids['attendance-follow-up']]: 3 }),
      'frontline-training-level': v('few'),
      'awareness-targeting': v('general-only'),
      'referral-pathway': DONT_KNOW,
      'support-services': v(['counselling', 'health-care-access']),

      'framework-gaps': v({
        'exploitation-focus': 2,
        'sexual-and-labour': 1,
        'domestic-and-international': 2,
        'supply-and-demand': 1,
        'government-leadership': 2,
        'existing-structures': 3,
        'partnerships-coordination': 3,
        'evidence-base': 2,
        'monitoring-evaluation': 2,
        'capacity-resilience': 3,
      }),
      'knowledge-gaps': v('Which students are targeted online, and how contact online turns into meeting in person.'),
      'prevention-gaps': v('The lessons reach grades 7 to 10 only; students who have stopped coming to school miss them.'),
      'groups-not-reached': v(['street-youth']),
      'approaches-missing': v(['situational', 'reintegration']),
      'capacity-to-act': v(3),
      'capacity-resources': v({ 'staff-time': 2, funding: 3, 'trafficking-expertise': 1, 'data-analysis': 2, 'leadership-support': 4, 'community-mobilization': 3, 'language-services': 2 }),
      'leadership-support': v(4),
      'priority-elements': v(['evidence-base', 'capacity-resilience']),
      'priority-groups': v(['youth-in-care', 'international-students', 'lgbtq2s-youth']),
      'priority-places': v(['online-spaces']),
      'priority-actions': v(['targeted-awareness', 'frontline-training', 'online-safety']),
      'quick-win': v('Add a session on sextortion to the grade 9 health unit this fall.'),

      'data-sources-used': v(['school-attendance', 'interviews']),
      'data-confidence': v({ 'school-attendance': 4, interviews: 2 }),
      'data-sources-wanted': v(['police-statistics', 'child-protection-data']),
      'data-sharing-agreements': DONT_KNOW,
      'data-baseline': v('no'),
      'overall-confidence': v(2),

      'follow-up-contact': v('yes'),
    },
  };
}
