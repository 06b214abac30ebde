import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createAppI18n } from '../i18n/app-i18n';
import type { Language } from '../i18n/languages';
import type { CoreMessages } from '../i18n/messages';
import { App } from './app';

export function boot(language: Language, messages: CoreMessages): void {
  // The entry script is async (tools/preload-boot-plugin.ts): the page may still be parsing.
  if (document.readyState === 'loading') return void document.addEventListener('DOMContentLoaded', () => boot(language, messages), { once: true });
  performance.mark('lsa:boot');
  const root = document.getElementById('root');
  if (!root) return;
  const i18n = createAppI18n(language, messages);
  const reactRoot = createRoot(root);
  // The first render happens now, in this task, rather than in a scheduler task queued
  // behind whatever else the page has waiting (database callbacks, the worker's
  // registration): everything it needs is already loaded (main.ts).
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App i18n={i18n} language={language} />
      </StrictMode>,
    ),
  );
}
