import type { Priority } from '../../../src/domain';
import { partner, partners } from './partner-ref';

/** The place type every source ranked high; no single gap names it, so no gapId. */
export const shortStayLodgingPriority: Priority = {
  id: 'short-stay-lodging',
  title: 'Make short-stay motels along Highway 7 harder to exploit',
  objective: 'To reduce the share of front-desk staff in licensed short-stay lodging who do not know how to report a concern from about 7 in 10 to fewer than 2 in 10 by June 2027.',
  actions: [
    {
      id: 'licence-condition',
      description: 'Make exploitation-awareness training for front-desk staff a condition of short-stay lodging licences.',
      lead: partner('licensing'),
      supporting: partners('police', 'hotelAssociation', 'supportCentre'),
      resources: 'By-law amendment through a council report; training delivered by existing partners at no charge.',
      start: '2026-10-01',
      end: '2027-06-30',
      status: 'in-progress',
    },
    {
      id: 'indicator-sheet',
      description: 'Refresh the indicator sheet, add the local 24-hour line, and hand it out at every licence renewal.',
      lead: partner('police'),
      supporting: partners('hotelAssociation', 'supportCentre'),
      resources: 'Printing ($2,000) and officer time.',
      start: '2026-10-01',
      end: '2026-12-31',
      status: 'in-progress',
    },
  ],
  indicators: [
    {
      id: 'staff-know-how-to-report',
      name: 'Front-desk staff who know how to report a concern',
      baseline: 'About 3 in 10 (police estimate, 2026)',
      target: '8 in 10 by June 2027',
      dataSource: 'Short spot survey during licence inspections',
      frequency: 'twice-yearly',
    },
    {
      id: 'licensed-with-training',
      name: 'Licensed short-stay businesses whose front-desk staff are trained',
      baseline: '2 of 11',
      target: '11 of 11',
      dataSource: 'Licensing records',
      frequency: 'quarterly',
    },
  ],
};
