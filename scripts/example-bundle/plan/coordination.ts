import type { Priority } from '../../../src/domain';
import { partner, partners } from './partner-ref';

/** No shared referral route, and nobody measures results (framework elements vii and ix). */
export const coordinationPriority: Priority = {
  id: 'referral-and-monitoring',
  title: 'One referral route and shared local data',
  gapId: 'element-unaddressed:monitoring-evaluation',
  objective: 'To increase the number of partners signed on to the local referral and information-sharing protocol from 2 to at least 10 by March 2027, and to publish a yearly local data summary from December 2027.',
  actions: [
    {
      id: 'referral-protocol',
      description: 'Draft and sign a local referral protocol with one 24-hour entry point and a clear route for youth, workers and adults.',
      lead: partner('safetyOffice'),
      supporting: partners('police', 'childrensAid', 'supportCentre', 'youthShelter', 'migrantCentre', 'hospital'),
      resources: 'Coordinator time; legal review of the information-sharing agreement.',
      start: '2026-10-01',
      end: '2027-03-31',
      status: 'in-progress',
    },
    {
      id: 'yearly-data-summary',
      description: 'Publish a yearly local data summary from partners’ counts, with cells under 5 suppressed.',
      lead: partner('safetyOffice'),
      supporting: partners('police', 'childrensAid', 'migrantCentre', 'employmentStandards'),
      resources: 'Analyst time (0.2 full-time equivalent).',
      start: '2027-01-15',
      end: '2027-12-31',
      status: 'planned',
    },
  ],
  indicators: [
    {
      id: 'protocol-partners',
      name: 'Partners signed on to the referral protocol',
      baseline: '2',
      target: '10 by March 2027',
      dataSource: 'Community Safety Office records',
      frequency: 'quarterly',
    },
    {
      id: 'data-summary',
      name: 'Yearly local data summary published',
      baseline: 'None',
      target: 'First summary by December 2027',
      dataSource: 'Minutes of the Community Safety and Well-being Table',
      frequency: 'yearly',
    },
  ],
};
