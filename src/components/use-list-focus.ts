import { useEffect, useRef, type RefObject } from 'react';

/**
 * Focus for a list whose item goes away (archived, moved to the trash, restored, deleted):
 * call `leaving(index)` as the change starts; once the list has changed, the item now at
 * that place (or the last one) takes the focus on its first link or button, else
 * `fallback`. The focus never falls back to the page, where a screen reader starts over.
 */
export function useListFocus<T extends HTMLElement>(count: number, fallback: () => HTMLElement | null | undefined): [RefObject<T | null>, (index: number) => void] {
  const list = useRef<T>(null);
  const wanted = useRef<{ index: number; count: number } | null>(null);
  useEffect(() => {
    const want = wanted.current;
    if (!want || want.count === count) return;
    wanted.current = null;
    const items = list.current ? [...list.current.children] : [];
    const item = items[Math.min(want.index, items.length - 1)];
    (item?.querySelector<HTMLElement>('a[href], button:not([disabled])') ?? fallback())?.focus();
  }, [count, fallback]);
  return [list, (index) => (wanted.current = { index, count })];
}
