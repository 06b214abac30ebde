import i18next, { type i18n } from 'i18next';
import type { Language } from './languages';
import { loadExtraMessages, loadMessages } from './load-messages';
import type { CoreMessages } from './messages';

/**
 * The app's i18next: only the language in use is loaded (each language's messages are a
 * chunk of their own), the other one when the person switches; the words of the analysis,
 * plan and workshop screens come with those screens (ensureExtraMessages). The command
 * line, the report and tests use create-i18n.ts, which has everything at once.
 */
// The app has one i18next instance; the screens loaded later add their words to it.
let current: i18n | undefined;
let extrasWanted = false;
const extrasIn = new Set<string>();

async function addExtras(instance: i18n, language: Language): Promise<void> {
  if (extrasIn.has(language)) return;
  const extra = await loadExtraMessages(language);
  instance.addResourceBundle(language, 'translation', extra, true, false);
  extrasIn.add(language);
}

export function createAppI18n(language: Language, messages: CoreMessages): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: messages } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  current = instance;
  extrasIn.clear();
  return instance;
}

/** Before an analysis, plan or workshop screen renders: its words, in the language in use. */
export async function ensureExtraMessages(): Promise<void> {
  extrasWanted = true;
  const instance = current;
  if (instance) await addExtras(instance, instance.language as Language);
}

/** Loads a language's messages if needed, then switches to it. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) instance.addResourceBundle(language, 'translation', await loadMessages(language), true, false);
  if (extrasWanted) await addExtras(instance, language);
  await instance.changeLanguage(language);
}
