import type { Priority } from '../../../src/domain';
import { partner, partners } from './partner-ref';

/** The group the workshop and the shelter worried about most, and no activity reaches. */
export const streetYouthPriority: Priority = {
  id: 'street-youth-outreach',
  title: 'Reach street-involved youth again',
  gapId: 'uncovered-group:street-youth',
  objective: 'To increase the number of street-involved youth reached by trafficking-aware evening outreach from none in 2026 to at least 120 different young people per year by December 2027.',
  actions: [
    {
      id: 'restore-evening-outreach',
      description: 'Restore evening street outreach three evenings a week, with staff trained on recruitment and grooming signs and on the local referral protocol.',
      lead: partner('youthShelter'),
      supporting: partners('friendshipCentre', 'supportCentre', 'publicHealth'),
      resources: 'Two outreach workers (1.5 full-time equivalent), van lease and fuel; municipal community safety grant requested ($165,000 over two years).',
      start: '2026-11-01',
      end: '2027-12-31',
      status: 'planned',
    },
    {
      id: 'bus-terminal-referrals',
      description: 'Agree a late-night referral arrangement at the downtown bus terminal: transit supervisors call the shelter line and hand out referral cards.',
      lead: partner('transit'),
      supporting: partners('youthShelter', 'police', 'dropIn'),
      resources: 'Supervisor time and printed referral cards; no new funding.',
      start: '2026-10-15',
      end: '2027-03-31',
      status: 'in-progress',
    },
  ],
  indicators: [
    {
      id: 'youth-reached',
      name: 'Street-involved youth reached by outreach (different young people, counts only)',
      baseline: '0 (evening outreach ended in mid-2025)',
      target: '120 per year by December 2027',
      dataSource: 'Shelter outreach logs, counts only',
      frequency: 'quarterly',
    },
    {
      id: 'terminal-referrals',
      name: 'Young people referred from the bus terminal to the shelter or other services',
      baseline: 'Not recorded',
      target: 'Recorded every month from January 2027',
      dataSource: 'Referral card counts from transit and the shelter',
      frequency: 'monthly',
    },
  ],
};
