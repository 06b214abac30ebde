import type { Messages } from '../messages';

export const workshop: Messages['workshop'] = {
  title: 'Atelier',
};
