import type { Messages } from '../messages';
import { app } from './app';
import { cli } from './cli';
import { templateIssues } from './template-issues';

export const fr: Messages = { app, cli, templateIssues };
