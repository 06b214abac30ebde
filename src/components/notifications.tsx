import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from './use-translation';
import './notifications.css';

export interface Notice {
  message: string;
  /** An undo or other action offered beside the message. */
  action?: { label: string; run: () => void };
  /** Milliseconds before the notice goes; 0 keeps it until dismissed. */
  timeout?: number;
}

interface Shown extends Notice {
  id: number;
}

const NotifyContext = createContext<(notice: Notice) => void>(() => undefined);

export function useNotify(): (notice: Notice) => void {
  return useContext(NotifyContext);
}

/** Polite announcements with an optional action, such as "Undo" after a removal. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setShown((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (notice: Notice) => {
      const id = next.current++;
      setShown((list) => [...list.slice(-2), { ...notice, id }]);
      const timeout = notice.timeout ?? 8000;
      if (timeout > 0) setTimeout(() => dismiss(id), timeout);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <section className="notifications" aria-label={t('common.notifications')} aria-live="polite">
        {shown.map((n) => (
          <div key={n.id} className="notification" role="status">
            <span>{n.message}</span>
            {n.action ? (
              <button type="button" onClick={() => (n.action?.run(), dismiss(n.id))}>
                {n.action.label}
              </button>
            ) : null}
            <button type="button" className="quiet" onClick={() => dismiss(n.id)} aria-label={t('common.dismiss')}>
              ×
            </button>
          </div>
        ))}
      </section>
    </NotifyContext.Provider>
  );
}
