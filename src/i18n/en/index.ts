import { app } from './app';
import { audits } from './audits';
import { cli } from './cli';
import { common } from './common';
import { newAudit } from './new-audit';
import { overview } from './overview';
import { runner } from './runner';
import { templateIssues } from './template-issues';
import { templates } from './templates';
import { trash } from './trash';

export const en = { app, audits, cli, common, newAudit, overview, runner, templateIssues, templates, trash };
