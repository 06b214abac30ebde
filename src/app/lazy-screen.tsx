import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A screen whose code loads on demand, with its waiting state kept as ordinary state rather
 * than React.lazy and Suspense. React holds a suspended screen back until 300 ms after its
 * fallback first showed (its fallback throttle), so a screen opened for the first time in a
 * session waited about a quarter of a second after its code was in (the analysis screen:
 * first render at 92 ms, shown at 340 ms). Here the screen shows as soon as its code is in,
 * and at once on a later visit. A failed load throws to the nearest error boundary; the next
 * visit tries again.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, fallback: () => ReactNode): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (screen) => (loaded = screen),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  function LazyScreen(props: P) {
    const [, setArrived] = useState(0);
    const [failure, setFailure] = useState<{ error: unknown }>();
    // Started while rendering (it is idempotent) so the code is on its way before the effect.
    if (!loaded && !failure) void start().catch(() => undefined);
    useEffect(() => {
      if (loaded) return undefined;
      let live = true;
      start().then(
        () => live && setArrived((n) => n + 1),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failure) throw failure.error;
    if (!loaded) return fallback();
    const Screen = loaded;
    return <Screen {...props} />;
  }
  return LazyScreen;
}
