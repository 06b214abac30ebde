import { useCallback, useEffect, useState } from 'react';
import { readStorageStatus, requestPersistence, type StorageStatus } from '../device-storage';

const FIVE_MINUTES = 5 * 60 * 1000;

/** This site's storage: persisted or not, used and available; re-read every few minutes. */
export function useStorageStatus(): { status: StorageStatus | undefined; persist: () => Promise<boolean>; refresh: () => void } {
  const [status, setStatus] = useState<StorageStatus>();
  const refresh = useCallback(() => void readStorageStatus().then(setStatus), []);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, FIVE_MINUTES);
    return () => clearInterval(timer);
  }, [refresh]);
  const persist = useCallback(async () => {
    const granted = await requestPersistence();
    refresh();
    return granted;
  }, [refresh]);
  return { status, persist, refresh };
}
