import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { NotificationsProvider } from '../components/notifications';
import { DatabaseProvider } from '../storage';
import { database } from './database';
import { LanguageProvider } from './language-provider';
import { Shell } from './shell';

export function App() {
  return (
    <DatabaseProvider db={database}>
      <LanguageProvider>
        <NotificationsProvider>
          <Router hook={useHashLocation}>
            <Shell />
          </Router>
        </NotificationsProvider>
      </LanguageProvider>
    </DatabaseProvider>
  );
}
