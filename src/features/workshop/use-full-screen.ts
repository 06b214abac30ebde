import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface FullScreen {
  /** The stage fills the screen (or the window, where full screen is not available). */
  on: boolean;
  start: () => void;
  stop: () => void;
}

/**
 * Full screen for a projector: the Fullscreen API on the stage when the browser allows it,
 * with the stage laid over the whole window either way, and focus kept inside it.
 */
export function useFullScreen(stage: RefObject<HTMLElement | null>): FullScreen {
  const [on, setOn] = useState(false);
  const entered = useRef(false);
  const start = useCallback(() => {
    setOn(true);
    const element = stage.current;
    if (element && typeof element.requestFullscreen === 'function' && document.fullscreenEnabled) {
      element.requestFullscreen().then(
        () => (entered.current = true),
        () => (entered.current = false),
      );
    }
  }, [stage]);
  const stop = useCallback(() => {
    setOn(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    entered.current = false;
  }, []);
  useEffect(() => {
    // Leaving full screen with the browser's own key leaves presenting too.
    const onChange = () => {
      if (!document.fullscreenElement && entered.current) {
        entered.current = false;
        setOn(false);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  useFocusInside(stage, on);
  return { on, start, stop };
}

/** Keeps keyboard focus inside an element laid over the page (Tab from its end comes back to its heading). */
export function useFocusInside(element: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const keepInside = (event: FocusEvent) => {
      const inside = element.current;
      if (inside && event.target instanceof Node && !inside.contains(event.target)) inside.querySelector<HTMLElement>('h1')?.focus();
    };
    document.addEventListener('focusin', keepInside);
    return () => document.removeEventListener('focusin', keepInside);
  }, [active, element]);
}
