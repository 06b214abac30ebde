import { DONT_KNOW, v } from '../../answer-helpers';
import { utc } from '../../clock';
import { aboutAnswers } from '../../diagnostic-about';
import { entryIdsOf } from '../../partner-register';
import type { RespondentSpec } from '../../respondent-spec';
import { activities, CODE, partners, places } from './registers';

const ids = (...orgs: Parameters<typeof entryIdsOf>[1]) => entryIdsOf(partners, orgs);

/** The provincial employment standards office: labour exploitation in view, sexual exploitation not. */
export function labourStandardsInterview(): RespondentSpec {
  return {
    code: CODE,
    type: 'interview',
    template: 'diagnostic',
    startedAt: utc('2026-07-09', 13, 30),
    completedSections: ['about', 'partners', 'at-risk-groups', 'employment-sectors', 'current-activities', 'gaps', 'data-and-confidence'],
    answers: {
      ...aboutAnswers({ role: 'enforcement-inspection', organisationType: 'labour-inspection', years: 8, community: 'mid-size-city', mode: 'remote', date: '2026-07-09' }),
      'partner-types-present': v(['labour-inspection', 'health-emergency', 'municipal', 'ngo-victim-services', 'labour-unions', 'businesses']),
      ...partners.answers,
      // The police say a coordination table exists; this office has never been invited to it.
      'coordination-body': DONT_KNOW,
      'coordination-wanted': v('yes'),
      'partner-cooperation': v(2),
      'government-community-trust': v(3),
      'cooperation-barriers': v(['jurisdiction', 'privacy-rules', 'language-culture']),
      'missing-partner-types': v(['border-immigration', 'businesses']),
      'private-sector-involved': v('no'),

      'groups-present': v(['undocumented-migrants', 'temporary-foreign-workers', 'international-students', 'newcomers-language']),
      'groups-concern': v({ 'undocumented-migrants': 3, 'temporary-foreign-workers': 3, 'international-students': 4, 'newcomers-language': 4 }),
      'groups-prevalence': DONT_KNOW,
      'groups-trend': v({ 'undocumented-migrants': 'stable', 'temporary-foreign-workers': 'increasing', 'international-students': 'increasing', 'newcomers-language': 'stable' }),
      'vulnerability-factors': v(['limited-economic-opportunity', 'precarious-status', 'recruitment-debt', 'employer-tied-permit', 'isolation']),
      'main-vulnerability-factor': v('employer-tied-permit'),
      'trafficking-forms-seen': v(['forced-labour']),
      'forms-concern': v({ 'forced-labour': 4 }),
      'domestic-or-international': v('both-domestic-international'),
      'signals-12-months': v(2),
      'signals-forms': v(['forced-labour']),
      'signals-involved-minors': v('no'),
      'signals-trend': v('stable'),
      'recruitment-methods': v(['false-job-offers', 'fee-charging-recruiters', 'growing-debts']),
      'groups-awareness': v({ 'undocumented-migrants': 1, 'temporary-foreign-workers': 2, 'international-students': 2, 'newcomers-language': 2 }),
      'groups-notes': v('Complaints come mostly from restaurant and cleaning workers on study or open permits; workers on employer-specific permits rarely complain.'),

      'sectors-of-concern': v(['agriculture', 'hotels-hospitality', 'restaurants', 'construction', 'commercial-cleaning', 'beauty-massage']),
      'sectors-concern-level': v({ agriculture: 3, 'hotels-hospitality': 3, restaurants: 4, construction: 3, 'commercial-cleaning': 4, 'beauty-massage': 3 }),
      'sectors-ilo-indicators': v({
        agriculture: ['abusive-conditions', 'excessive-overtime'],
        'hotels-hospitality': ['withholding-of-wages', 'excessive-overtime'],
        restaurants: ['deception', 'withholding-of-wages', 'excessive-overtime'],
        construction: ['deception', 'withholding-of-wages'],
        'commercial-cleaning': ['deception', 'withholding-of-wages', 'debt-bondage'],
        'beauty-massage': ['retention-of-documents', 'withholding-of-wages', 'excessive-overtime'],
      }),
      'sectors-partners-active': v({
        agriculture: ids('migrantCentre', 'farmUnion', 'publicHealth'),
        'hotels-hospitality': ids('employmentStandards', 'hotelAssociation'),
        restaurants: ids('employmentStandards', 'settlement'),
        construction: ids('employmentStandards'),
        'commercial-cleaning': ids('employmentStandards', 'migrantCentre'),
        'beauty-massage': ids('employmentStandards'),
      }),
      'sectors-trend': v({ agriculture: 'stable', 'hotels-hospitality': 'stable', restaurants: 'increasing', construction: 'stable', 'commercial-cleaning': 'increasing', 'beauty-massage': 'stable' }),
      'tfw-employers': v('yes'),
      'tfw-count': v(850, { note: 'From work permit data for the census division; seasonal peak, not a yearly average.' }),
      'tfw-housing': v('mixed-housing'),
      'recruitment-agencies': v('yes'),
      'recruiter-licensing': v('licence-weakly-enforced'),
      'workplace-inspections': v(2),
      'workers-can-complain': v('few-or-none-can'),
      'demand-drivers': v('Labour shortages in restaurants and cleaning, contractors bidding low for cleaning contracts, and growers squeezed by buyers’ prices.'),
      'seasonal-risk': v('yes'),
      'seasonal-risk-when': v('April to October, from planting to the end of the harvest'),

      'place-types-present': v(['farms', 'employer-housing', 'low-wage-work-areas']),
      ...places.answers,
      'places-trend': v({ farms: 'stable', 'employer-housing': 'increasing', 'low-wage-work-areas': 'increasing' }),
      'places-forms': v({ farms: ['forced-labour'], 'employer-housing': ['forced-labour'], 'low-wage-work-areas': ['forced-labour'] }),
      'online-recruitment': v('yes'),
      'online-platforms': v(['social-media', 'messaging-apps', 'job-boards']),
      'movement-patterns': v(['within-province', 'across-border']),
      'safety-walk-done': DONT_KNOW,

      'activities-any': v('yes'),
      ...activities.answers,
      'activities-effectiveness': v({ [activities.ids['proactive-inspections']]: 4, [activities.ids['rights-sessions']]: 3 }),
      'frontline-training-level': v('few'),
      'awareness-targeting': v('targeted-only'),
      'referral-pathway': v('no'),
      'support-services': DONT_KNOW,

      'framework-gaps': v({
        'exploitation-focus': 3,
        'sexual-and-labour': 2,
        'domestic-and-international': 2,
        'supply-and-demand': 2,
        'government-leadership': 2,
        'existing-structures': 3,
        'partnerships-coordination': 2,
        'evidence-base': 2,
        'monitoring-evaluation': 2,
        'capacity-resilience': 2,
      }),
      'knowledge-gaps': v('How many workers on employer-specific permits live in employer housing, and what their hours and conditions are.'),
      'prevention-gaps': v('Farms employing federal-program workers are in practice left to the federal compliance unit, which has no local presence. Nobody looks at housing and hours together.'),
      'groups-not-reached': v(['undocumented-migrants']),
      'sectors-not-covered': v(['agriculture']),
      'approaches-missing': DONT_KNOW,
      'capacity-to-act': v(2),
      'capacity-resources': v({ 'staff-time': 1, funding: 2, 'trafficking-expertise': 2, 'data-analysis': 3, 'leadership-support': 2, 'community-mobilization': 2, 'language-services': 1 }),
      'leadership-support': v(2),
      'priority-elements': v(['sexual-and-labour', 'partnerships-coordination', 'capacity-resilience']),
      'priority-groups': v(['temporary-foreign-workers', 'international-students']),
      'priority-sectors': v(['agriculture', 'restaurants', 'commercial-cleaning']),
      'priority-places': v(['farms', 'employer-housing']),
      'priority-actions': v(['worker-rights-information', 'recruiter-regulation', 'coordination-protocols']),
      'priority-reasons': v('Workers who know their rights and a recruiter licence that is enforced prevent most of what we later see in complaints.'),
      'quick-win': v('A joint information session with the migrant worker centre before the 2027 season.'),

      'data-sources-used': v(['ngo-records', 'labour-inspections', 'census-labour-market']),
      'data-confidence': v({ 'ngo-records': 2, 'labour-inspections': 4, 'census-labour-market': 3 }),
      'data-sources-wanted': v(['hotline-data', 'interviews']),
      'data-sharing-agreements': v('no'),
      'data-baseline': v('no'),
      'overall-confidence': v(3),

      'follow-up-contact': v('yes'),
    },
  };
}
