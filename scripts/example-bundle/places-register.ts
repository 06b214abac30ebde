import { DONT_KNOW, defined, listAnswers, v, valueOrDontKnow, type OrDontKnow } from './answer-helpers';
import type { OrgKey } from './organisations';
import { entryIdsOf, type Register } from './partner-register';
import { seededEntryId } from './seeded-ids';

/**
 * A place of concern by TYPE and general zone: never an address, a business's name, or
 * anything that points to one home or person (see the template's places notice).
 */
export interface PlaceSpec {
  key: string;
  /** An option id of the `place-types` list. */
  type: string;
  zone: string;
  setting?: 'urban' | 'suburban' | 'rural' | 'remote' | 'online';
  concern: number;
  signs?: OrDontKnow<string[]>;
  times?: OrDontKnow<string[]>;
  outreach?: 'yes' | 'no' | 'dont-know';
  /** Organisations of the same respondent's partner register doing outreach there. */
  outreachPartners?: OrgKey[];
}

export function placesRegister(code: string, partners: Register<OrgKey>, specs: readonly PlaceSpec[]): Register<string> {
  const ids: Record<string, string> = {};
  const entries = specs.map((spec) => {
    const id = seededEntryId(`${code}/place/${spec.key}`);
    ids[spec.key] = id;
    const fields = defined({
      'place-type': v(spec.type),
      'place-zone': v(spec.zone),
      'place-setting': spec.setting ? v(spec.setting) : undefined,
      'place-concern': v(spec.concern),
      'place-signs': spec.signs ? valueOrDontKnow(spec.signs) : undefined,
      'place-times': spec.times ? valueOrDontKnow(spec.times) : undefined,
      'place-outreach': spec.outreach === 'dont-know' ? DONT_KNOW : spec.outreach ? v(spec.outreach) : undefined,
      'place-outreach-partners': spec.outreach === 'yes' && spec.outreachPartners ? v(entryIdsOf(partners, spec.outreachPartners)) : undefined,
    });
    return { id, fields };
  });
  return { answers: listAnswers('places-register', entries), ids };
}
