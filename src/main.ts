// Entry: tiny on purpose. A deep link into a questionnaire starts fetching its screen and
// reading its data in parallel with the app itself, rather than one after the other.
import './app/global.css';
import { initialLanguage } from './app/initial-language';
import { loadMessages } from './i18n/load-messages';
import { deviceJournalStore } from './storage/answer-journal-key';
import { firstRunnerRead } from './storage/first-read';
import { preloadRunnerData } from './storage/runner-preload';

performance.mark('lsa:entry');

const deepLink = /^#\/audits\/([^/]+)\/respondents\/([^/?]+)/.exec(window.location.hash);
let screen: Promise<unknown> | undefined;
if (deepLink?.[1] && deepLink[2]) {
  const [, auditId, respondentId] = deepLink;
  // Never holds the app back if it fails: the screen's own lazy load reports the problem.
  screen = import('./features/run-audit/run-audit-screen').catch(() => undefined);
  preloadRunnerData(auditId, respondentId, firstRunnerRead(auditId, respondentId, globalThis.indexedDB, deviceJournalStore()));
}
// The language's messages (and a deep link's questionnaire code) load beside the app rather
// than after it; the first render then has all it needs and does not suspend.
const language = initialLanguage();
void Promise.all([import('./app/boot'), loadMessages(language), screen]).then(([m, messages]) => m.boot(language, messages));
