import { app } from './app';
import { cli } from './cli';
import { templateIssues } from './template-issues';

export const en = { app, cli, templateIssues };
