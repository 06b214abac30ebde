// What the app's screens say (the printed report and the command line have their own files).
import { analysis } from './analysis';
import { app } from './app';
import { audits } from './audits';
import { common } from './common';
import { files } from './files';
import { newAudit } from './new-audit';
import { overview } from './overview';
import { plan } from './plan';
import { pwa } from './pwa';
import { runner } from './runner';
import { settings } from './settings';
import { templateIssues } from './template-issues';
import { templates } from './templates';
import { trash } from './trash';
import { workshop } from './workshop';

export const enApp = { analysis, app, audits, common, files, newAudit, overview, plan, pwa, runner, settings, templateIssues, templates, trash, workshop };
