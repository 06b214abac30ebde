import type { Messages } from '../messages';
import { app } from './app';

export const fr: Messages = { app };
