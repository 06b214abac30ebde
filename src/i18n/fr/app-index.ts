// What the app's screens say on start (the printed report and the command line have their
// own files; analysis, plan and workshop words load with their screens: app-extra.ts).
import type { CoreMessages } from '../messages';
import { app } from './app';
import { audits } from './audits';
import { common } from './common';
import { files } from './files';
import { newAudit } from './new-audit';
import { overview } from './overview';
import { pwa } from './pwa';
import { runner } from './runner';
import { settings } from './settings';
import { templateIssues } from './template-issues';
import { templates } from './templates';
import { trash } from './trash';

export const frApp: CoreMessages = { app, audits, common, files, newAudit, overview, pwa, runner, settings, templateIssues, templates, trash };
