import type { Messages } from '../messages';

export const plan: Messages['plan'] = {
  title: 'Plan d’action',
};
