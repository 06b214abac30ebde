import { startTransition, useEffect, useState } from 'react';

/** Enough questions to fill the first screen of a tablet. */
export const FIRST_BATCH = 8;

/**
 * How many of a section's questions to render: the first few at once, so the first
 * question is usable immediately, then all of them as a transition that React renders in
 * small slices, never blocking typing. Long sections (hundreds of questions) open quickly.
 */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(() => Math.min(total, FIRST_BATCH));
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => startTransition(() => setCount(total)), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}
