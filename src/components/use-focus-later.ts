import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Focus for an element after the next render: `request()` now (say, as a button removes
 * its own entry), and the element given the ref takes the focus once the change is on
 * screen, so the focus never falls back to the page.
 */
export function useFocusLater<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const target = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) target.current?.focus();
  }, [requests]);
  return [target, () => setRequests((n) => n + 1)];
}
