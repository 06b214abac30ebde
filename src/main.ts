// Entry: tiny on purpose. A deep link into a questionnaire starts fetching its screen and
// reading its data in parallel with the app itself, rather than one after the other.
import './app/global.css';
import { initialLanguage } from './app/initial-language';
import { databaseSource } from './app/database';
import { setLoadedRunner } from './app/loaded-runner';
import { loadMessages } from './i18n/load-messages';
import { deviceJournalStore } from './storage/answer-journal-key';
import { firstRunnerRead } from './storage/first-read';
import { preloadRunnerData } from './storage/runner-preload';

performance.mark('lsa:entry');

const deepLink = /^#\/audits\/([^/]+)\/respondents\/([^/?]+)/.exec(window.location.hash);
// The language's messages (and a deep link's questionnaire code and data) load beside the
// app rather than after it; the first render then has all it needs and does not suspend.
// The cheapest requests go first: the data read and the words, then the screen's code.
const language = initialLanguage();
const messages = loadMessages(language);
const ready: Promise<unknown>[] = [];
// Every other screen reads the database at once: its library loads beside the app. A deep
// link's questionnaire asks for it only after its first screen (app/database.ts).
if (!deepLink) void databaseSource.get().catch(() => undefined);
if (deepLink?.[1] && deepLink[2]) {
  const [, auditId, respondentId] = deepLink;
  const read = firstRunnerRead(auditId, respondentId, globalThis.indexedDB, deviceJournalStore());
  preloadRunnerData(auditId, respondentId, read);
  // The first render waits for the data too, but never long: the screen reads it itself.
  ready.push(Promise.race([read.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000))]));
  // Never holds the app back if it fails: the screen's own lazy load reports the problem.
  ready.push(import('./features/run-audit/run-audit-screen').then((m) => setLoadedRunner(m.RunAuditScreen), () => undefined));
}
void Promise.all([import('./app/boot'), messages, ...ready]).then(([m, words]) => m.boot(language, words));
