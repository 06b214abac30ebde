import { useCallback, useEffect, useRef, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerState {
  /** A new version is downloaded and waits for the person to choose to reload. */
  updateReady: boolean;
  applyUpdate: () => Promise<void>;
  checkForUpdate: () => Promise<void>;
}

const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker. A new version never takes over on its own: it waits
 * until the person presses "reload", so nobody loses what they are typing.
 */
export function useServiceWorker(beforeReload: () => Promise<void>): ServiceWorkerState {
  const [updateReady, setUpdateReady] = useState(false);
  // Not state: nothing shows it, and setting it as the page opens re-rendered the whole app
  // in the task of the first render (a deep link's first question came one render later).
  const api = useRef<{ update: (reload?: boolean) => Promise<void>; registration?: ServiceWorkerRegistration }>(undefined);
  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    let registration: ServiceWorkerRegistration | undefined;
    const update = registerSW({
      // Registered after the page has loaded, so it never competes with opening a questionnaire.
      immediate: false,
      onNeedRefresh: () => setUpdateReady(true),
      onRegisteredSW: (_url, reg) => {
        registration = reg;
        if (api.current) api.current.registration = reg;
      },
    });
    api.current = { update, registration };
    const check = () => void registration?.update().catch(() => undefined);
    const timer = setInterval(check, HOUR);
    const onVisible = () => document.visibilityState === 'visible' && check();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  const applyUpdate = useCallback(async () => {
    await beforeReload();
    // Reload once the new version controls the page (workbox reloads only in some cases).
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    await api.current?.update(true);
  }, [beforeReload]);
  const checkForUpdate = useCallback(async () => {
    await api.current?.registration?.update();
  }, []);
  return { updateReady, applyUpdate, checkForUpdate };
}
