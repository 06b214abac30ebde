import type { PartnerRef } from '../../../src/domain';
import { ORGANISATIONS, partnerRegisterKey, type OrgKey } from '../organisations';

/** A plan partner from the merged register: its key and its usual spelling. */
export function partner(org: OrgKey): PartnerRef {
  const { name } = ORGANISATIONS[org];
  return { registerKey: partnerRegisterKey(name), name };
}

export const partners = (...orgs: OrgKey[]): PartnerRef[] => orgs.map(partner);
