import { DONT_KNOW, PREFER_NOT, v } from '../../answer-helpers';
import { utc } from '../../clock';
import { aboutAnswers } from '../../diagnostic-about';
import { entryIdsOf } from '../../partner-register';
import type { RespondentSpec } from '../../respondent-spec';
import { activities, CODE, partners, places } from './registers';

const ids = (...orgs: Parameters<typeof entryIdsOf>[1]) => entryIdsOf(partners, orgs);

/**
 * The desk review: the Community Safety Office's analyst fills the full diagnostic from
 * existing data (police occurrences, hotline tips, child-protection totals, the homelessness
 * count, inspections, labour-market data). Counts come in bands; anything that could point
 * to a child is "prefer not to say". Closing questions do not apply to a desk review.
 */
export function dataDeskReview(): RespondentSpec {
  return {
    code: CODE,
    type: 'desk-review',
    template: 'diagnostic',
    startedAt: utc('2026-07-31', 12),
    excludedSections: ['closing'],
    completedSections: ['about', 'partners', 'at-risk-groups', 'employment-sectors', 'geographic-areas', 'current-activities', 'gaps', 'data-and-confidence'],
    answers: {
      ...aboutAnswers({ role: 'policy-research', organisationType: 'municipal', years: 6, community: 'mid-size-city', mode: 'team', date: '2026-07-31' }),
      'partner-types-present': v(['police', 'child-protection', 'labour-inspection', 'health-emergency', 'schools', 'housing-homelessness', 'municipal', 'ngo-victim-services', 'indigenous-organizations', 'businesses']),
      ...partners.answers,
      'coordination-body': v('yes'),
      'coordination-lead': v(partners.ids.safetyOffice),
      'coordination-frequency': v('quarterly'),
      'partner-cooperation': DONT_KNOW,
      'government-community-trust': DONT_KNOW,
      'cooperation-barriers': v(['funding', 'privacy-rules', 'definitions']),
      'missing-partner-types': v(['labour-unions', 'survivor-led']),
      'private-sector-involved': v('yes'),
      'private-sector-how': v('Members of the hotel and motel association received the police indicator sheet in 2024, through the association newsletter.'),

      'groups-present': v(['youth-in-care', 'street-youth', 'homeless-people', 'temporary-foreign-workers', 'international-students', 'indigenous-women-girls', 'newcomers-language', 'mental-health-substance-use']),
      'groups-concern': v({ 'youth-in-care': 4, 'street-youth': 5, 'homeless-people': 4, 'temporary-foreign-workers': 4, 'international-students': 3, 'indigenous-women-girls': 4, 'newcomers-language': 3, 'mental-health-substance-use': 3 }),
      'groups-prevalence': v(
        {
          'youth-in-care': 'from-5-to-19',
          'street-youth': 'fewer-than-5',
          'homeless-people': 'fewer-than-5',
          'temporary-foreign-workers': 'fewer-than-5',
          'international-students': 'fewer-than-5',
          'indigenous-women-girls': 'fewer-than-5',
          'newcomers-language': 'none-known',
          'mental-health-substance-use': 'fewer-than-5',
        },
        { note: 'Bands from police occurrences, hotline tips and yearly child-protection totals; small cells were banded at source.' },
      ),
      'groups-trend': v({ 'youth-in-care': 'increasing', 'street-youth': 'increasing', 'homeless-people': 'increasing', 'temporary-foreign-workers': 'increasing', 'international-students': 'increasing', 'indigenous-women-girls': 'stable', 'newcomers-language': 'stable', 'mental-health-substance-use': 'stable' }),
      'vulnerability-factors': v(['poverty', 'discrimination', 'limited-economic-opportunity', 'precarious-status', 'unstable-housing']),
      'main-vulnerability-factor': v('unstable-housing'),
      'trafficking-forms-seen': v(['sexual-exploitation', 'forced-labour', 'forced-criminality']),
      'forms-concern': v({ 'sexual-exploitation': 5, 'forced-labour': 4, 'forced-criminality': 3 }),
      'domestic-or-international': v('both-domestic-international'),
      'signals-12-months': v(9, { note: 'Hotline tips and police occurrences for the period, counted once where the same situation appeared in both.' }),
      'signals-forms': v(['sexual-exploitation', 'forced-labour']),
      'signals-involved-minors': PREFER_NOT,
      'signals-trend': v('increasing'),
      'recruitment-methods': DONT_KNOW,
      'groups-awareness': DONT_KNOW,
      'groups-notes': v('The 2026 point-in-time count found more young people under 25 without shelter than the 2024 count (numbers banded in the public report).'),

      'sectors-of-concern': v(['agriculture', 'hotels-hospitality', 'restaurants', 'construction', 'commercial-sex']),
      'sectors-concern-level': v({ agriculture: 4, 'hotels-hospitality': 4, restaurants: 3, construction: 2, 'commercial-sex': 4 }),
      'sectors-ilo-indicators': v({
        agriculture: ['retention-of-documents', 'withholding-of-wages', 'abusive-conditions'],
        'hotels-hospitality': ['excessive-overtime'],
        restaurants: ['withholding-of-wages'],
        construction: ['deception', 'withholding-of-wages'],
        'commercial-sex': ['debt-bondage'],
      }),
      'sectors-partners-active': v({
        agriculture: ids('migrantCentre'),
        'hotels-hospitality': ids('police', 'licensing', 'employmentStandards'),
        restaurants: ids('employmentStandards'),
        construction: ids('employmentStandards'),
        'commercial-sex': ids('police'),
      }),
      'sectors-trend': v({ agriculture: 'increasing', 'hotels-hospitality': 'stable', restaurants: 'stable', construction: 'stable', 'commercial-sex': 'increasing' }),
      'tfw-employers': v('yes'),
      'tfw-count': v(900, { note: 'Labour-market data: positions approved for the census division in 2025.' }),
      'tfw-housing': DONT_KNOW,
      'recruitment-agencies': DONT_KNOW,
      'workplace-inspections': v(2),
      'workers-can-complain': DONT_KNOW,
      'seasonal-risk': v('yes'),
      'seasonal-risk-when': v('May to October'),

      'place-types-present': v(['highway-corridors', 'transit-hubs', 'motels-short-stay', 'off-street-sex-venues', 'farms']),
      ...places.answers,
      'places-trend': v({ 'highway-corridors': 'stable', 'transit-hubs': 'increasing', 'motels-short-stay': 'increasing', 'off-street-sex-venues': 'stable', farms: 'stable' }),
      'places-forms': v({ 'highway-corridors': ['sexual-exploitation'], 'transit-hubs': ['sexual-exploitation', 'forced-criminality'], 'motels-short-stay': ['sexual-exploitation'], 'off-street-sex-venues': ['sexual-exploitation'], farms: ['forced-labour'] }),
      'online-recruitment': DONT_KNOW,
      'movement-patterns': v(['within-province', 'between-provinces']),
      'safety-walk-done': v('yes'),
      'places-notes': v('Calls for service at short-stay motels rose in the first half of 2026 compared with the same months of 2025.'),

      'activities-any': v('yes'),
      ...activities.answers,
      // Documents say what an activity does, not how well: no rating from a desk review.
      'activities-effectiveness': DONT_KNOW,
      'frontline-training-level': DONT_KNOW,
      'awareness-targeting': v('general-and-targeted'),
      'referral-pathway': v('no', { note: 'No written referral protocol was found; partners describe informal calls.' }),
      'support-services': v(['emergency-shelter', 'specialized-services', 'counselling', 'legal-help', 'interpretation']),
      'past-activities': v('A poster campaign at the bus terminal (2022); a street outreach van run by the youth shelter from 2023 to mid-2025, ended when its grant was not renewed.'),

      'framework-gaps': v({
        'exploitation-focus': 2,
        'sexual-and-labour': 2,
        'domestic-and-international': 2,
        'supply-and-demand': 1,
        'government-leadership': 3,
        'existing-structures': 3,
        'partnerships-coordination': 3,
        'evidence-base': 2,
        'monitoring-evaluation': 1,
        'capacity-resilience': 2,
      }),
      'knowledge-gaps': v('No local data on labour exploitation beyond complaints, no count of caregivers in private homes, and no shared definition of a “situation” across partners.'),
      'prevention-gaps': v('No activity addresses demand, and none is evaluated against a baseline.'),
      'groups-not-reached': v(['street-youth']),
      'sectors-not-covered': v(['agriculture']),
      'approaches-missing': v(['reintegration']),
      'capacity-to-act': v(3),
      'capacity-resources': v({ 'staff-time': 2, funding: 2, 'trafficking-expertise': 2, 'data-analysis': 3, 'leadership-support': 4, 'community-mobilization': 2, 'language-services': 2 }),
      'leadership-support': v(4),
      'priority-elements': v(['supply-and-demand', 'evidence-base', 'monitoring-evaluation']),
      'priority-groups': v(['youth-in-care', 'street-youth', 'temporary-foreign-workers']),
      'priority-sectors': v(['agriculture', 'hotels-hospitality']),
      'priority-places': v(['transit-hubs', 'motels-short-stay', 'farms']),
      'priority-actions': v(['worker-rights-information', 'safe-housing', 'coordination-protocols', 'local-data-monitoring']),
      'priority-reasons': v('The data point to the same three places again and again: the highway motel strip, the bus terminal and the farm belt.'),
      'quick-win': v('Agree one definition of a “situation” and a quarterly count template.'),

      'data-sources-used': v(['police-statistics', 'child-protection-data', 'school-attendance', 'homelessness-counts', 'emergency-department', 'ngo-records', 'hotline-data', 'labour-inspections', 'census-labour-market', 'court-records', 'media-reports']),
      'data-confidence': v({
        'police-statistics': 4,
        'child-protection-data': 3,
        'school-attendance': 3,
        'homelessness-counts': 4,
        'emergency-department': 2,
        'ngo-records': 3,
        'hotline-data': 3,
        'labour-inspections': 3,
        'census-labour-market': 4,
        'court-records': 4,
        'media-reports': 1,
      }),
      'data-sources-wanted': v(['victimization-surveys', 'interviews', 'focus-groups']),
      'data-sharing-agreements': v('no'),
      'data-baseline': v('no'),
      'overall-confidence': v(3),
    },
  };
}
