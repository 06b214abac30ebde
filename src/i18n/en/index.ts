import { analysis } from './analysis';
import { app } from './app';
import { audits } from './audits';
import { cli } from './cli';
import { common } from './common';
import { files } from './files';
import { newAudit } from './new-audit';
import { overview } from './overview';
import { plan } from './plan';
import { pwa } from './pwa';
import { report } from './report';
import { runner } from './runner';
import { settings } from './settings';
import { templateIssues } from './template-issues';
import { templates } from './templates';
import { trash } from './trash';
import { workshop } from './workshop';

export const en = { analysis, app, audits, cli, common, files, newAudit, overview, plan, pwa, report, runner, settings, templateIssues, templates, trash, workshop };
