import type { Messages } from '../messages';

export const report: Messages['report'] = {
  title: 'Plan d’action imprimé',
};
