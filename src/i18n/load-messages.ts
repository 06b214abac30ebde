import type { Language } from './languages';
import type { CoreMessages, ExtraMessages } from './messages';

// Apart from i18next, so the app's entry can start loading the words without it.

export function loadMessages(language: Language): Promise<CoreMessages> {
  return language === 'fr' ? import('./fr/app-index').then((m) => m.frApp) : import('./en/app-index').then((m) => m.enApp);
}

export function loadExtraMessages(language: Language): Promise<ExtraMessages> {
  return language === 'fr' ? import('./fr/app-extra').then((m) => m.frExtra) : import('./en/app-extra').then((m) => m.enExtra);
}

