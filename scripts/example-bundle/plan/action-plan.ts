import type { ActionPlan } from '../../../src/domain';
import { OVERRIDE_AT, PLAN_UPDATED_AT } from '../clock';
import { coordinationPriority } from './coordination';
import { demandPriority } from './demand';
import { farmWorkersPriority } from './farm-workers';
import { shortStayLodgingPriority } from './short-stay-lodging';
import { streetYouthPriority } from './street-youth';

const PROBLEM_STATEMENT = [
  'Between January and June 2026, partners in Riverbend reported situations suggesting the sexual exploitation of young people, most often recruited online and moved between short-stay motels along Highway 7, and labour exploitation of seasonal farm workers in the southern townships.',
  'Street-involved youth are the group of highest concern, and no current activity reaches them since evening outreach ended in 2025. Farms that employ temporary foreign workers show several indicators of forced labour (withheld wages, retained documents, crowded employer housing), yet no labour inspection partner is active there.',
  'Nothing addresses demand, and nobody measures results. Partners work well together on missing youth, but there is no shared referral route and no local data beyond each partner’s own counts.',
].join('\n\n');

/** The draft plan the Community Safety and Well-being Table discussed in September 2026. */
export function examplePlan(): ActionPlan {
  return {
    formatVersion: 1,
    problemStatement: PROBLEM_STATEMENT,
    priorities: [streetYouthPriority, farmWorkersPriority, shortStayLodgingPriority, coordinationPriority, demandPriority],
    monitoring: {
      who: 'The Community Safety and Well-being Table; the Community Safety Office’s prevention coordinator (a role) keeps the indicator sheet and reports each quarter.',
      frequency: 'quarterly',
      protocols: [
        'Referral: one 24-hour entry point (the support centre’s line); any partner who sees signs of trafficking refers there, and to the police only with the person’s consent unless someone is in immediate danger or a child is involved.',
        'Data sharing: partners share counts only, by quarter and by category; never names, birth dates, addresses or case details. Cells under 5 are shown as “fewer than 5”. Each partner keeps its own records; the Table reviews each summary before it is released.',
      ].join('\n\n'),
    },
    overrides: [
      {
        gapId: 'uncovered-group:street-youth',
        score: 90,
        reason: 'Ranked first by the workshop (most dots) and by the shelter. The computed score is held down by the few counts partners could give, but evening outreach ended in 2025 and no one reaches these young people now.',
        at: OVERRIDE_AT,
      },
    ],
    updatedAt: PLAN_UPDATED_AT,
  };
}
