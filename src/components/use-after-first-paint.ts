import { useEffect, useState } from 'react';

/**
 * False while a screen first renders, true from the task after: work that the first
 * screen does not need (live queries whose data a preloaded read already gave) waits
 * until the screen is up, instead of running in the task that shows it.
 */
export function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAfter(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return after;
}
