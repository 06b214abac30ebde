import { useSyncExternalStore } from 'react';

const subscribe = (changed: () => void) => {
  document.addEventListener('fullscreenchange', changed);
  return () => document.removeEventListener('fullscreenchange', changed);
};
const current = () => (typeof document === 'undefined' ? null : document.fullscreenElement);

/** The element shown in full screen now, if any (the Fullscreen API draws nothing else). */
export function useFullscreenElement(): Element | null {
  return useSyncExternalStore(subscribe, current, () => null);
}
