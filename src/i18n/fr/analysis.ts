import type { Messages } from '../messages';

export const analysis: Messages['analysis'] = {
  title: 'Analyse',
};
