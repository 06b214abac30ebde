import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useFullscreenElement } from './use-fullscreen-element';
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
  // Each notice's time left: it stands still while the pointer is over the notice or the
  // focus is in it, so that nobody loses an Undo while reaching for it (WCAG 2.2.1).
  const timers = useRef(new Map<number, { left: number; since: number; handle?: ReturnType<typeof setTimeout> }>());
  const dismiss = useCallback((id: number) => {
    const timer = timers.current.get(id);
    if (timer?.handle !== undefined) clearTimeout(timer.handle);
    timers.current.delete(id);
    setShown((list) => list.filter((n) => n.id !== id));
  }, []);
  const resume = useCallback(
    (id: number) => {
      const timer = timers.current.get(id);
      if (!timer || timer.handle !== undefined) return;
      timer.since = Date.now();
      timer.handle = setTimeout(() => dismiss(id), timer.left);
    },
    [dismiss],
  );
  const pause = useCallback((id: number) => {
    const timer = timers.current.get(id);
    if (!timer || timer.handle === undefined) return;
    clearTimeout(timer.handle);
    timer.handle = undefined;
    timer.left = Math.max(1000, timer.left - (Date.now() - timer.since));
  }, []);
  const notify = useCallback(
    (notice: Notice) => {
      const id = next.current++;
      // The same words already showing (a write refused twice) are not stacked a second time.
      setShown((list) => (!notice.action && list.some((n) => !n.action && n.message === notice.message) ? list : [...list.slice(-2), { ...notice, id }]));
      const timeout = notice.timeout ?? 8000;
      if (timeout > 0) {
        timers.current.set(id, { left: timeout, since: 0 });
        resume(id);
      }
    },
    [resume],
  );
  const value = useMemo(() => notify, [notify]);
  const section = useRef<HTMLElement>(null);
  // In full screen (a workshop's stage) only that element is drawn: the notices go inside it.
  const fullscreen = useFullscreenElement();
  useLayoutEffect(() => reserveRoomFor(section.current), [fullscreen]);
  const region = (
    <section ref={section} className="notifications" aria-label={t('common.notifications')} aria-live="polite">
      {shown.map((n) => (
        <div
          key={n.id}
          className="notification"
          role="status"
          onMouseEnter={() => pause(n.id)}
          onMouseLeave={(e) => !e.currentTarget.contains(document.activeElement) && resume(n.id)}
          onFocus={() => pause(n.id)}
          onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && !e.currentTarget.matches(':hover') && resume(n.id)}
        >
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
  );
  return (
    <NotifyContext.Provider value={value}>
      {children}
      {fullscreen ? createPortal(region, fullscreen) : region}
    </NotifyContext.Provider>
  );
}

/**
 * Notices float over the bottom of the page. While any show, the page gets room below its
 * end as tall as they are (global.css reads --notices-height), so that nothing is left
 * under them: the last button scrolls clear of them, and an element reached with the
 * keyboard is scrolled above them.
 */
function reserveRoomFor(element: HTMLElement | null): (() => void) | undefined {
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  const root = document.documentElement;
  const observer = new ResizeObserver(() => {
    const height = element.getBoundingClientRect().height;
    const gap = parseFloat(getComputedStyle(element).bottom) || 0;
    root.style.setProperty('--notices-height', `${height > 0 ? Math.ceil(height + gap) : 0}px`);
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    root.style.removeProperty('--notices-height');
  };
}
