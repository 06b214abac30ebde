import type { PartnerRef } from '../../domain/runtime';

/** A partner of the audit's combined register, offered when naming leads and supporters. */
export interface PartnerOption {
  key: string;
  name: string;
}

export const OTHER_PARTNER = '__other__';

export function refOf(options: readonly PartnerOption[], key: string, typedName = ''): PartnerRef | undefined {
  if (key === OTHER_PARTNER) return { name: typedName };
  const option = options.find((o) => o.key === key);
  return option ? { registerKey: option.key, name: option.name } : undefined;
}
