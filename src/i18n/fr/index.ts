import type { Messages } from '../messages';
import { frApp } from './app-index';
import { cli } from './cli';
import { report } from './report';

export const fr: Messages = { ...frApp, cli, report };
