import type { Messages } from '../messages';
import { frExtra } from './app-extra';
import { frApp } from './app-index';
import { cli } from './cli';
import { report } from './report';

export const fr: Messages = { ...frApp, ...frExtra, cli, report };
