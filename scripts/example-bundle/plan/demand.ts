import type { Priority } from '../../../src/domain';
import { partner, partners } from './partner-ref';

/** Nothing local addresses demand (framework element iv). */
export const demandPriority: Priority = {
  id: 'demand-and-business',
  title: 'Act on demand with local businesses',
  gapId: 'element-unaddressed:supply-and-demand',
  objective: 'To increase the number of local hotels, transport companies and farm employers with a written commitment against exploitation in their operations and supply chains from none to 15 by December 2027.',
  actions: [
    {
      id: 'business-pledge',
      description: 'Launch a business pledge and supplier code of conduct, with a short training offer for managers.',
      lead: partner('hotelAssociation'),
      // Written in by hand: the chamber was named in the workshop but in no register.
      supporting: [partner('safetyOffice'), partner('farmUnion'), { name: 'Riverbend Chamber of Commerce' }],
      resources: 'Association staff time; design and printing ($3,500).',
      start: '2027-01-01',
      end: '2027-12-31',
      status: 'planned',
    },
    {
      id: 'buyer-deterrence',
      description: 'Run deterrence messages aimed at buyers on local ad sites.',
      lead: partner('police'),
      supporting: partners('supportCentre'),
      resources: 'Officer time; waiting for provincial guidance on online messaging.',
      start: '2027-02-01',
      end: '2027-08-31',
      status: 'on-hold',
    },
  ],
  indicators: [
    {
      id: 'business-commitments',
      name: 'Businesses with a signed commitment against exploitation',
      baseline: '0',
      target: '15 by December 2027',
      dataSource: 'Pledge register kept by the Community Safety Office',
      frequency: 'quarterly',
    },
  ],
};
