// Entry: tiny on purpose. A deep link into a questionnaire starts fetching its screen and
// reading its data in parallel with the app itself, rather than one after the other.
import './app/global.css';
import { initialLanguage } from './app/initial-language';
import { loadMessages } from './i18n/app-i18n';

performance.mark('lsa:entry');

const deepLink = /^#\/audits\/([^/]+)\/respondents\/([^/?]+)/.exec(window.location.hash);
if (deepLink?.[1] && deepLink[2]) {
  const [, auditId, respondentId] = deepLink;
  void import('./features/run-audit/run-audit-screen');
  void import('./app/preload-runner').then((m) => m.preloadRunner(auditId, respondentId));
}
// The language's messages load beside the app rather than after it.
const language = initialLanguage();
void Promise.all([import('./app/boot'), loadMessages(language)]).then(([m, messages]) => m.boot(language, messages));
