import { DONT_KNOW, defined, listAnswers, v, valueOrDontKnow, withOther, type AnswerRecord, type OrDontKnow } from './answer-helpers';
import { ORGANISATIONS, type OrgKey } from './organisations';
import { seededEntryId } from './seeded-ids';

/** One organisation as a respondent describes it in the partner register. */
export interface PartnerSpec {
  org: OrgKey;
  /** How this respondent wrote the name, when it differs from the catalogue's spelling. */
  spelling?: string;
  contactRole?: string;
  work?: string[];
  /** Option ids of the `sectors` list. */
  sectors?: OrDontKnow<string[]>;
  engagement?: OrDontKnow<number>;
  protocols?: 'yes' | 'no' | 'dont-know';
  protocolKinds?: string[];
  notes?: string;
}

export interface Register<K extends string> {
  answers: AnswerRecord;
  /** Entry id of each entry, by its key in the spec, for fields that point at entries. */
  ids: Record<K, string>;
}

export function partnerRegister(code: string, specs: readonly PartnerSpec[]): Register<OrgKey> {
  const ids = {} as Record<OrgKey, string>;
  const entries = specs.map((spec) => {
    const org = ORGANISATIONS[spec.org];
    const id = seededEntryId(`${code}/partner/${spec.org}`);
    ids[spec.org] = id;
    const fields = defined({
      'partner-name': v(spec.spelling ?? org.name),
      'partner-type': 'otherType' in org ? withOther(org.type, org.otherType) : v(org.type),
      'partner-level': v(org.level),
      'partner-contact-role': spec.contactRole ? v(spec.contactRole) : undefined,
      'partner-work': spec.work ? v(spec.work) : undefined,
      'partner-sectors': spec.sectors ? valueOrDontKnow(spec.sectors) : undefined,
      'partner-engagement': spec.engagement === undefined ? undefined : valueOrDontKnow(spec.engagement),
      'partner-protocols': spec.protocols === 'dont-know' ? DONT_KNOW : spec.protocols ? v(spec.protocols) : undefined,
      'partner-protocol-kinds': spec.protocols === 'yes' && spec.protocolKinds ? v(spec.protocolKinds) : undefined,
      'partner-notes': spec.notes ? v(spec.notes) : undefined,
    });
    return { id, fields };
  });
  return { answers: listAnswers('partner-register', entries), ids };
}

/** The entry id of an organisation in a register; fails loudly if it is not in it. */
export function entryIdOf(register: Register<OrgKey>, org: OrgKey): string {
  const id = register.ids[org];
  if (!id) throw new Error(`${org} is not in this respondent's partner register`);
  return id;
}

export function entryIdsOf(register: Register<OrgKey>, orgs: readonly OrgKey[]): string[] {
  return orgs.map((org) => entryIdOf(register, org));
}
