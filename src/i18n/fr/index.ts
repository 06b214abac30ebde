import type { Messages } from '../messages';
import { app } from './app';
import { audits } from './audits';
import { cli } from './cli';
import { common } from './common';
import { newAudit } from './new-audit';
import { overview } from './overview';
import { pwa } from './pwa';
import { runner } from './runner';
import { settings } from './settings';
import { templateIssues } from './template-issues';
import { templates } from './templates';
import { trash } from './trash';

export const fr: Messages = { app, audits, cli, common, newAudit, overview, pwa, runner, settings, templateIssues, templates, trash };
