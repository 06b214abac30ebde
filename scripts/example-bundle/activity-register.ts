import { DONT_KNOW, defined, listAnswers, v, valueOrDontKnow, withOther, type OrDontKnow } from './answer-helpers';
import type { OrgKey } from './organisations';
import { entryIdOf, entryIdsOf, type Register } from './partner-register';
import { seededEntryId } from './seeded-ids';

/** One current prevention activity as a respondent describes it. Option ids as in the template. */
export interface ActivitySpec<K extends string> {
  key: K;
  name: string;
  kind?: string;
  /** Text for `kind: 'other'`. */
  kindOther?: string;
  /** An organisation of the same respondent's partner register, or "don't know". */
  lead?: OrDontKnow<OrgKey>;
  partners?: OrgKey[];
  /** Drawn from this respondent's `groups-present` answer. */
  groups?: OrDontKnow<string[]>;
  /** Drawn from this respondent's `sectors-of-concern` answer. */
  sectors?: string[];
  approach: string[];
  forms?: string[];
  elements?: string[];
  start?: OrDontKnow<string>;
  reach?: OrDontKnow<number>;
  funding?: OrDontKnow<string>;
  evaluated?: 'yes' | 'no' | 'dont-know';
  result?: OrDontKnow<string>;
}

export function activityRegister<K extends string>(code: string, partners: Register<OrgKey>, specs: readonly ActivitySpec<K>[]): Register<K> {
  const ids = {} as Record<K, string>;
  const entries = specs.map((spec) => {
    const id = seededEntryId(`${code}/activity/${spec.key}`);
    ids[spec.key] = id;
    const fields = defined({
      'activity-name': v(spec.name),
      'activity-kind': spec.kind === 'other' ? withOther('other', spec.kindOther ?? '') : spec.kind ? v(spec.kind) : undefined,
      'activity-lead': spec.lead === undefined ? undefined : spec.lead === 'dont-know' ? DONT_KNOW : v(entryIdOf(partners, spec.lead)),
      'activity-partners': spec.partners ? v(entryIdsOf(partners, spec.partners)) : undefined,
      'activity-groups': spec.groups ? valueOrDontKnow(spec.groups) : undefined,
      'activity-sectors': spec.sectors ? v(spec.sectors) : undefined,
      'activity-approach': v(spec.approach),
      'activity-forms': spec.forms ? v(spec.forms) : undefined,
      'activity-elements': spec.elements ? v(spec.elements) : undefined,
      'activity-start': spec.start ? valueOrDontKnow(spec.start) : undefined,
      'activity-reach': spec.reach === undefined ? undefined : valueOrDontKnow(spec.reach),
      'activity-funding': spec.funding ? valueOrDontKnow(spec.funding) : undefined,
      'activity-evaluated': spec.evaluated ? valueOrDontKnow(spec.evaluated) : undefined,
      'activity-evaluation-result': spec.evaluated === 'yes' && spec.result ? valueOrDontKnow(spec.result) : undefined,
    });
    return { id, fields };
  });
  return { answers: listAnswers('activity-register', entries), ids };
}
