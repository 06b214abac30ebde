export interface StorageStatus {
  /** The browser promised not to clear this site's data under storage pressure. */
  persisted: boolean;
  /** Whether the browser can be asked for that promise. */
  canPersist: boolean;
  usage?: number;
  quota?: number;
  /** Less than this much room left, or under 10 % of the quota: warn early. */
  low: boolean;
}

export const LOW_SPACE_BYTES = 200 * 1024 * 1024;

export function isLow(usage: number | undefined, quota: number | undefined): boolean {
  if (usage === undefined || quota === undefined || quota === 0) return false;
  const free = quota - usage;
  return free < LOW_SPACE_BYTES || free / quota < 0.1;
}

/** What the browser says about this site's storage. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const manager = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!manager) return { persisted: false, canPersist: false, low: false };
  const [persisted, estimate] = await Promise.all([manager.persisted?.() ?? Promise.resolve(false), manager.estimate?.() ?? Promise.resolve({} as StorageEstimate)]);
  return { persisted, canPersist: typeof manager.persist === 'function', usage: estimate.usage, quota: estimate.quota, low: isLow(estimate.usage, estimate.quota) };
}

/** Asks the browser to keep this site's data even when space runs low. */
export async function requestPersistence(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}
