/** Random ids for records; crypto.randomUUID exists in browsers (secure contexts) and Node 20. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
