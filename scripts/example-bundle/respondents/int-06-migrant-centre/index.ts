import { v, withOther } from '../../answer-helpers';
import { utc } from '../../clock';
import { aboutAnswers } from '../../diagnostic-about';
import { entryIdsOf } from '../../partner-register';
import type { RespondentSpec } from '../../respondent-spec';
import { activities, CODE, partners, places } from './registers';

const ids = (...orgs: Parameters<typeof entryIdsOf>[1]) => entryIdsOf(partners, orgs);

/**
 * The migrant worker centre: the strongest evidence of forced labour on farms and in private
 * homes, a higher worker count than the labour office, and "mostly international" where
 * the police said "mostly domestic".
 */
export function migrantCentreInterview(): RespondentSpec {
  return {
    code: CODE,
    type: 'interview',
    template: 'diagnostic',
    startedAt: utc('2026-07-23', 17),
    completedSections: ['about', 'partners', 'at-risk-groups', 'employment-sectors', 'geographic-areas', 'current-activities', 'gaps', 'data-and-confidence'],
    answers: {
      ...aboutAnswers({ role: 'frontline', organisationType: 'ngo-victim-services', years: 11, community: 'multi-community-region', mode: 'in-person', date: '2026-07-23' }),
      'partner-types-present': v(['police', 'labour-inspection', 'health-emergency', 'ngo-victim-services', 'labour-unions', 'faith-groups']),
      ...partners.answers,
      'coordination-body': v('no'),
      'coordination-wanted': v('yes'),
      'partner-cooperation': v(2),
      'government-community-trust': v(1),
      'cooperation-barriers': v(['funding', 'distrust', 'jurisdiction', 'language-culture']),
      'missing-partner-types': v(['labour-inspection', 'border-immigration', 'businesses']),
      'private-sector-involved': v('no'),

      'groups-present': withOther(['undocumented-migrants', 'temporary-foreign-workers', 'domestic-caregivers', 'international-students', 'newcomers-language', 'other'], 'Asylum claimants housed in hotels'),
      'groups-concern': v({ 'undocumented-migrants': 4, 'temporary-foreign-workers': 5, 'domestic-caregivers': 3, 'international-students': 3, 'newcomers-language': 4, other: 3 }),
      'groups-prevalence': v({
        'undocumented-migrants': 'fewer-than-5',
        'temporary-foreign-workers': 'from-20-to-49',
        'domestic-caregivers': 'fewer-than-5',
        'international-students': 'fewer-than-5',
        'newcomers-language': 'from-5-to-19',
        other: 'none-known',
      }),
      'groups-trend': v({ 'undocumented-migrants': 'increasing', 'temporary-foreign-workers': 'increasing', 'domestic-caregivers': 'stable', 'international-students': 'stable', 'newcomers-language': 'stable', other: 'increasing' }),
      'vulnerability-factors': v(['power-imbalance', 'precarious-status', 'recruitment-debt', 'employer-tied-permit', 'isolation']),
      'main-vulnerability-factor': v('employer-tied-permit'),
      'trafficking-forms-seen': v(['sexual-exploitation', 'forced-labour', 'domestic-servitude']),
      'forms-concern': v({ 'sexual-exploitation': 3, 'forced-labour': 5, 'domestic-servitude': 4 }),
      'domestic-or-international': v('mostly-international'),
      'signals-12-months': v(14),
      'signals-forms': v(['forced-labour', 'domestic-servitude']),
      'signals-involved-minors': v('no'),
      'signals-trend': v('increasing'),
      'recruitment-methods': v(['family-members', 'false-job-offers', 'fee-charging-recruiters', 'growing-debts']),
      'groups-awareness': v({ 'undocumented-migrants': 1, 'temporary-foreign-workers': 2, 'domestic-caregivers': 1, 'international-students': 2, 'newcomers-language': 2, other: 1 }),
      'groups-notes': v('Workers on employer-specific permits fear losing their permit and their bed if they complain. Caregivers live in private homes; we hear from them only once they have left.'),

      'sectors-of-concern': v(['agriculture', 'domestic-care-work', 'restaurants', 'commercial-cleaning']),
      'sectors-concern-level': v({ agriculture: 5, 'domestic-care-work': 4, restaurants: 3, 'commercial-cleaning': 3 }),
      'sectors-ilo-indicators': v({
        agriculture: ['deception', 'restriction-of-movement', 'isolation', 'retention-of-documents', 'withholding-of-wages', 'debt-bondage', 'abusive-conditions', 'excessive-overtime'],
        'domestic-care-work': ['restriction-of-movement', 'isolation', 'retention-of-documents', 'excessive-overtime'],
        restaurants: ['withholding-of-wages'],
        'commercial-cleaning': ['deception', 'withholding-of-wages'],
      }),
      // Domestic care work is left empty: no partner is active in private homes.
      'sectors-partners-active': v({
        agriculture: ids('migrantCentre', 'farmUnion', 'publicHealth'),
        restaurants: ids('employmentStandards', 'settlement'),
        'commercial-cleaning': ids('employmentStandards', 'migrantCentre'),
      }),
      'sectors-trend': v({ agriculture: 'increasing', 'domestic-care-work': 'stable', restaurants: 'stable', 'commercial-cleaning': 'increasing' }),
      'tfw-employers': v('yes'),
      'tfw-count': v(1400, { note: 'Centre estimate at the harvest peak, counting workers who come through the drop-in days.' }),
      'tfw-housing': v('employer-housing-on-site'),
      'recruitment-agencies': v('yes'),
      'recruiter-licensing': v('no-licence-rule'),
      'workplace-inspections': v(1),
      'workers-can-complain': v('few-or-none-can'),
      'demand-drivers': v('Growers’ margins are set by large buyers, and piece rates push hours up at harvest.'),
      'seasonal-risk': v('yes'),
      'seasonal-risk-when': v('Harvest, August to October'),

      'place-types-present': v(['farms', 'employer-housing', 'low-wage-work-areas']),
      ...places.answers,
      'places-trend': v({ farms: 'increasing', 'employer-housing': 'increasing', 'low-wage-work-areas': 'stable' }),
      'places-forms': v({ farms: ['forced-labour'], 'employer-housing': ['forced-labour', 'sexual-exploitation'], 'low-wage-work-areas': ['forced-labour'] }),
      'online-recruitment': v('yes'),
      'online-platforms': v(['social-media', 'messaging-apps', 'job-boards']),
      'movement-patterns': v(['within-province', 'between-provinces', 'across-border']),
      'safety-walk-done': v('no'),

      'activities-any': v('yes'),
      ...activities.answers,
      'activities-effectiveness': v({ [activities.ids['know-your-rights']]: 4, [activities.ids['help-line']]: 3 }),
      'frontline-training-level': v('none'),
      'awareness-targeting': v('targeted-only'),
      'referral-pathway': v('no'),
      'support-services': v(['legal-help', 'interpretation', 'immigration-advice']),

      'framework-gaps': v({
        'exploitation-focus': 2,
        'sexual-and-labour': 1,
        'domestic-and-international': 2,
        'supply-and-demand': 1,
        'government-leadership': 1,
        'existing-structures': 2,
        'partnerships-coordination': 2,
        'evidence-base': 2,
        'monitoring-evaluation': 1,
        'capacity-resilience': 2,
      }),
      'knowledge-gaps': v('How many caregivers work in private homes here, and how many workers arrive through unlicensed recruiters.'),
      'prevention-gaps': v('Nobody inspects farms or employer housing. Workers cannot change employer without losing their status.'),
      'groups-not-reached': v(['domestic-caregivers']),
      'sectors-not-covered': v(['agriculture', 'domestic-care-work']),
      'approaches-missing': v(['situational']),
      'capacity-to-act': v(2),
      'capacity-resources': v({ 'staff-time': 1, funding: 1, 'trafficking-expertise': 3, 'data-analysis': 1, 'leadership-support': 1, 'community-mobilization': 3, 'language-services': 3 }),
      'leadership-support': v(1),
      'priority-elements': v(['sexual-and-labour', 'supply-and-demand', 'government-leadership']),
      'priority-groups': v(['undocumented-migrants', 'temporary-foreign-workers', 'domestic-caregivers']),
      'priority-sectors': v(['agriculture', 'domestic-care-work']),
      'priority-places': v(['farms', 'employer-housing']),
      'priority-actions': v(['business-engagement', 'worker-rights-information', 'recruiter-regulation', 'safe-housing']),
      'priority-reasons': v('Inspection and rights information have to reach farms before the harvest, when the pressure is highest.'),
      'quick-win': v('Translated know-your-rights cards in every bunkhouse before the harvest.'),

      'data-sources-used': v(['ngo-records', 'hotline-data', 'interviews', 'focus-groups']),
      'data-confidence': v({ 'ngo-records': 4, 'hotline-data': 3, interviews: 4, 'focus-groups': 3 }),
      'data-sources-wanted': v(['labour-inspections', 'census-labour-market']),
      'data-sharing-agreements': v('no'),
      'data-baseline': v('no'),
      'overall-confidence': v(4),

      'follow-up-contact': v('yes'),
      'final-comments': v('Please keep any numbers about our clients banded; the community is small.'),
    },
  };
}
