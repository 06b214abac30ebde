import { useCallback, useEffect, useState } from 'react';

export const TIMER_CHOICES = [30, 60, 120, 180, 300, 600] as const;

export interface ItemTimer {
  /** Seconds the timer counts down from. */
  duration: number;
  setDuration: (seconds: number) => void;
  running: boolean;
  /** Whole seconds left. */
  remaining: number;
  toggle: () => void;
  reset: () => void;
}

/** A countdown for the item on screen; it stops and rewinds when the item changes. */
export function useTimer(initial = 120): ItemTimer {
  const [duration, setDurationState] = useState(initial);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [endsAt]);
  const remaining = endsAt === null ? duration : Math.max(0, Math.ceil((endsAt - now) / 1000));
  const reset = useCallback(() => setEndsAt(null), []);
  const toggle = useCallback(() => {
    if (endsAt !== null) setEndsAt(null);
    else {
      const start = Date.now();
      setNow(start);
      setEndsAt(start + duration * 1000);
    }
  }, [endsAt, duration]);
  const setDuration = useCallback((seconds: number) => {
    setDurationState(seconds);
    setEndsAt(null);
  }, []);
  return { duration, setDuration, running: endsAt !== null, remaining, toggle, reset };
}
