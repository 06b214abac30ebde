import { v, withOther } from '../answer-helpers';
import { utc } from '../clock';
import type { RespondentSpec } from '../respondent-spec';

/**
 * The first, broad pass: municipal licensing answered the rapid scan before the full
 * interviews began, and pointed the audit at sectors and places.
 */
export function licensingRapidScan(): RespondentSpec {
  return {
    code: 'INT-01',
    type: 'interview',
    template: 'rapid-scan',
    startedAt: utc('2026-06-29', 15),
    completedSections: ['about', 'partners', 'at-risk-groups', 'employment-sectors', 'geographic-areas', 'current-activities', 'gaps', 'data-and-confidence'],
    answers: {
      'consent-notice': v(true),
      'respondent-role': v('enforcement-inspection'),
      'respondent-organization-type': v('municipal'),
      'scan-date': v('2026-06-29'),
      'partner-types-present': v(['police', 'labour-inspection', 'health-emergency', 'municipal', 'ngo-victim-services', 'businesses']),
      'coordination-body': v('yes'),
      'groups-present': v(['youth-in-care', 'street-youth', 'temporary-foreign-workers', 'international-students']),
      'groups-concern': v({ 'youth-in-care': 3, 'street-youth': 4, 'temporary-foreign-workers': 3, 'international-students': 2 }),
      'trafficking-forms-seen': v(['sexual-exploitation', 'forced-labour']),
      'signals-12-months': v(2, { note: 'Licence inspections where staff raised a concern; both passed to the police.' }),
      'sectors-of-concern': v(['hotels-hospitality', 'restaurants', 'beauty-massage']),
      'sectors-concern-level': v({ 'hotels-hospitality': 4, restaurants: 2, 'beauty-massage': 4 }),
      'place-types-present': v(['transit-hubs', 'motels-short-stay', 'off-street-sex-venues']),
      'places-concern': v({ 'transit-hubs': 3, 'motels-short-stay': 5, 'off-street-sex-venues': 4 }),
      'activities-any': v('yes'),
      'activity-approaches-present': v(['community-based', 'situational']),
      // Not street youth: licensing knows of nothing that reaches them.
      'groups-reached': v(['youth-in-care', 'temporary-foreign-workers']),
      'framework-gaps': v({
        'exploitation-focus': 3,
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
      'main-gaps': v('Licence conditions say nothing about exploitation; inspectors are not trained to notice it; nobody checks whether any of this works.'),
      'priority-actions': v(['frontline-training', 'business-engagement', 'coordination-protocols']),
      'in-depth-areas': v(['employment-sectors', 'geographic-areas', 'current-activities']),
      'data-sources-used': withOther(['police-statistics', 'interviews', 'other'], 'Business licence inspection records'),
      'overall-confidence': v(3),
    },
  };
}
