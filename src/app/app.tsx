import type { i18n } from 'i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { NotificationsProvider } from '../components/notifications';
import { DatabaseProvider } from '../storage';
import { databaseSource } from './database';
import { LanguageProvider } from './language-provider';
import { Shell } from './shell';
import type { Language } from '../i18n/languages';


export function App({ i18n, language }: { i18n: i18n; language: Language }) {
  return (
    <DatabaseProvider source={databaseSource}>
      <LanguageProvider i18n={i18n} initial={language}>
        <NotificationsProvider>
          <Router hook={useHashLocation}>
            <Shell />
          </Router>
        </NotificationsProvider>
      </LanguageProvider>
    </DatabaseProvider>
  );
}
