import type { Page } from '@playwright/test';

// Pages whose IndexedDB writes misbehave on demand, to see how the app copes with a
// device out of space or a slow one. Install with page.addInitScript or
// context.addInitScript before the app loads; switch with the setters below.

interface Switches {
  failWrites?: boolean;
  slowWritesMs?: number;
}

/** Init script: while switched on, every put and add throws QuotaExceededError (failWrites) or first waits slowWritesMs on the main thread. */
export function writeSwitches(): void {
  const switches = window as unknown as Switches;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if (switches.failWrites === true) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const until = performance.now() + (switches.slowWritesMs ?? 0);
      while (performance.now() < until);
      return original.apply(this, args);
    } as typeof original;
  }
}

/** The device is full (every write fails) or has room again. */
export const setDeviceFull = (page: Page, full: boolean) => page.evaluate((on) => ((window as unknown as Switches).failWrites = on), full);

/** Every write takes this long (0: as fast as it is). */
export const setSlowWrites = (page: Page, ms: number) => page.evaluate((wait) => ((window as unknown as Switches).slowWritesMs = wait), ms);
