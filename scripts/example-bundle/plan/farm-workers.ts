import type { Priority } from '../../../src/domain';
import { partner, partners } from './partner-ref';

/** Forced-labour indicators on farms, and no labour inspection active there. */
export const farmWorkersPriority: Priority = {
  id: 'farm-worker-protection',
  title: 'Protect seasonal farm workers',
  gapId: 'sector-without-inspection:agriculture',
  objective: 'To increase proactive employment standards and housing inspections on farms that employ temporary foreign workers from none in 2026 to at least 20 in the 2027 growing season.',
  actions: [
    {
      id: 'joint-farm-inspections',
      description: 'Pilot joint employment standards and public health housing inspections on farms with employer-provided housing, with interpreters present.',
      lead: partner('employmentStandards'),
      supporting: partners('publicHealth', 'migrantCentre', 'farmUnion'),
      resources: 'Two inspectors assigned for the season; interpreters in the workers’ main languages; vehicle.',
      start: '2027-04-01',
      end: '2027-10-31',
      status: 'planned',
    },
    {
      id: 'know-your-rights-all-farms',
      description: 'Extend know-your-rights sessions to every farm with employer-provided housing, in the workers’ languages, at times they are free.',
      lead: partner('migrantCentre'),
      supporting: partners('farmUnion', 'settlement', 'publicHealth'),
      resources: 'Outreach worker time during the season, translated leaflets, evening transport.',
      start: '2027-03-01',
      end: '2027-11-30',
      status: 'planned',
    },
    {
      id: 'federal-compliance-link',
      description: 'Ask the federal employer compliance unit to share its local inspection schedule and to take complaints referred through the Community Safety Office.',
      lead: partner('safetyOffice'),
      supporting: partners('employmentStandards', 'migrantCentre'),
      resources: 'Coordinator time.',
      start: '2026-10-01',
      end: '2027-02-28',
      status: 'in-progress',
    },
  ],
  indicators: [
    {
      id: 'farm-inspections',
      name: 'Proactive farm inspections (employment standards and housing)',
      baseline: '0 in 2026',
      target: '20 in the 2027 season',
      dataSource: 'Inspection counts from the Employment Standards Office and the public health unit',
      frequency: 'quarterly',
    },
    {
      id: 'workers-informed',
      name: 'Seasonal workers reached by know-your-rights sessions',
      baseline: 'About 300 in 2026',
      target: '600 in 2027',
      dataSource: 'Session attendance counts from the migrant worker centre',
      frequency: 'twice-yearly',
    },
  ],
};
