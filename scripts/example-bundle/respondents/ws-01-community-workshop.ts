import { v } from '../answer-helpers';
import { utc } from '../clock';
import { contributions, dotVote, handsForMany, handsForOne, ratingHands } from '../group-answers';
import type { RespondentSpec } from '../respondent-spec';

const PARTICIPANTS = 14;

/**
 * A community workshop with 14 residents at the public library: one group respondent whose
 * answers are show-of-hands tallies, dot votes and short contributions, with the consensus
 * value the counts point to. Kinds of people and places only, never a person or an address.
 */
export function communityWorkshop(): RespondentSpec {
  return {
    code: 'WS-01',
    type: 'workshop',
    template: 'workshop',
    startedAt: utc('2026-08-20', 22),
    participants: PARTICIPANTS,
    completedSections: ['ws-welcome', 'ws-risks', 'ws-work', 'ws-places', 'ws-help', 'ws-priorities'],
    answers: {
      'consent-notice': v(true),
      'workshop-date': v('2026-08-20'),
      'participant-count': v(PARTICIPANTS),

      'worry-level': ratingHands({ '2': 1, '3': 3, '4': 6, '5': 4 }),
      'safety-feeling': ratingHands({ '1': 1, '2': 6, '3': 4, '4': 2, '5': 1 }),
      'unsafe-why': contributions([
        'Young people hanging around the bus terminal late at night, and older men offering them rides',
        'Motels on the highway where people come and go at all hours',
        'Not knowing who to call, or worrying that calling will get someone deported',
        'Farm workers walking along the highway at night with no sidewalk and no bus',
        'Cars cruising slowly along the river flats after dark',
      ]),
      'trafficking-forms-seen': handsForMany({ 'sexual-exploitation': 12, 'forced-labour': 9, 'domestic-servitude': 3, 'forced-criminality': 4 }),
      'groups-present': handsForMany({
        'youth-in-care': 8,
        'street-youth': 11,
        'homeless-people': 7,
        'temporary-foreign-workers': 9,
        'domestic-caregivers': 3,
        'international-students': 4,
        'indigenous-women-girls': 6,
        'mental-health-substance-use': 5,
      }),
      'group-most-worry': handsForOne(
        { 'youth-in-care': 3, 'street-youth': 6, 'temporary-foreign-workers': 4, 'indigenous-women-girls': 1 },
        'Four participants felt farm workers should come first: they are harder to see and have nowhere to go.',
      ),
      'vulnerability-factors': handsForMany({ poverty: 10, 'young-age': 6, 'unstable-housing': 11, isolation: 7, 'precarious-status': 8, 'employer-tied-permit': 5, discrimination: 4 }),
      'risk-trend': handsForOne({ stable: 4, increasing: 8 }),

      'sectors-of-concern': handsForMany({ agriculture: 10, 'domestic-care-work': 3, 'hotels-hospitality': 9, restaurants: 6, construction: 4, 'commercial-sex': 7 }),
      'warning-signs': handsForMany({ deception: 5, 'withholding-of-wages': 8, 'retention-of-documents': 4, 'intimidation-threats': 3, 'excessive-overtime': 9, 'abusive-conditions': 7 }),

      'place-types-present': handsForMany({ 'motels-short-stay': 12, 'highway-corridors': 8, 'transit-hubs': 10, 'youth-gathering-places': 6, 'online-spaces': 9, farms: 7, 'employer-housing': 5 }),
      // Dots on each row; the facilitator wrote down the point most people chose.
      'places-concern': v({ 'motels-short-stay': 5, 'highway-corridors': 4, 'transit-hubs': 5, 'youth-gathering-places': 3, 'online-spaces': 4, farms: 4, 'employer-housing': 4 }),

      'what-helps': contributions(
        [
          'The drop-in lunch at the interfaith centre, where people talk to someone they trust',
          'Teachers and school nurses who notice when a student changes',
          'The migrant worker centre’s Sunday clinic',
          'The friendship centre’s programs for girls',
          'Neighbours who keep an eye on the park in summer',
        ],
        'Trusted, informal places (drop-in, school, friendship centre, the Sunday clinic) where someone notices and knows whom to call.',
      ),
      'helpers-present': handsForMany({ police: 8, schools: 9, 'health-emergency': 4, 'housing-homelessness': 5, 'ngo-victim-services': 7, 'indigenous-organizations': 5, 'faith-groups': 6, 'labour-unions': 2, municipal: 6 }),
      'know-where-help': handsForOne({ 'yes-sure': 3, maybe: 6, no: 5 }),
      'help-easier': contributions([
        'One phone number for everything, answered at night',
        'Information in Spanish, Tagalog and Punjabi at the farms and in the laundromats',
        'Someone at the bus terminal in the evening',
        'Being sure that asking for help will not get you deported or evicted',
      ]),

      'whats-missing': contributions(
        [
          'Evening outreach for young people; the van stopped last year',
          'Inspections of the bunkhouses on farms',
          'Somewhere safe to sleep for youth who cannot go home',
          'Anything aimed at the men who buy sex',
          'Regular updates to residents on what is being done',
        ],
        'Evening outreach and safe beds for youth, farm housing inspections, something on demand, and regular updates to residents.',
      ),
      'priority-actions': dotVote(
        {
          'targeted-awareness': 7,
          'frontline-training': 2,
          'worker-rights-information': 8,
          'safe-housing': 9,
          'leaving-care-support': 4,
          'online-safety': 6,
          'business-engagement': 3,
          'coordination-protocols': 3,
        },
        3,
      ),
      'priority-groups': dotVote({ 'youth-in-care': 4, 'street-youth': 11, 'temporary-foreign-workers': 8, 'domestic-caregivers': 2, 'indigenous-women-girls': 3 }, 2),
      'community-ready': ratingHands({ '1': 1, '2': 3, '3': 5, '4': 4, '5': 1 }),
    },
  };
}
