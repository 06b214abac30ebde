import { useId } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import type { ActionPlan } from '../../domain/runtime';
import { OTHER_PARTNER, refOf, type PartnerOption } from './partner-options';

type LeadPath = `priorities.${number}.actions.${number}.lead`;

/** The lead partner: one of the register's partners, or another organisation typed in. */
export function LeadPartnerSelect({ name, partners }: { name: LeadPath; partners: readonly PartnerOption[] }) {
  const { t } = useTranslation();
  const id = useId();
  const { field } = useController<ActionPlan, LeadPath>({ name });
  const lead = field.value;
  const selected = !lead ? '' : lead.registerKey && partners.some((p) => p.key === lead.registerKey) ? lead.registerKey : OTHER_PARTNER;
  return (
    <div className="field">
      <label htmlFor={id}>{t('plan.lead')}</label>
      <select id={id} value={selected} onChange={(e) => field.onChange(e.target.value ? refOf(partners, e.target.value, selected === OTHER_PARTNER ? (lead?.name ?? '') : '') : undefined)}>
        <option value="">{t('plan.choosePartner')}</option>
        {partners.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name}
          </option>
        ))}
        <option value={OTHER_PARTNER}>{t('plan.leadOther')}</option>
      </select>
      {selected === OTHER_PARTNER ? (
        <>
          <label htmlFor={`${id}-name`}>{t('plan.leadName')}</label>
          <input id={`${id}-name`} type="text" maxLength={200} value={lead?.name ?? ''} onChange={(e) => field.onChange({ name: e.target.value })} />
        </>
      ) : null}
    </div>
  );
}

type SupportingPath = `priorities.${number}.actions.${number}.supporting`;

export function SupportingPartners({ name, partners }: { name: SupportingPath; partners: readonly PartnerOption[] }) {
  const { t } = useTranslation();
  const { field } = useController<ActionPlan, SupportingPath>({ name });
  const chosen = new Set(field.value.map((p) => p.registerKey ?? p.name));
  // The action's lead is not offered as its own supporting partner (still shown if ticked before).
  const lead = useWatch<ActionPlan, LeadPath>({ name: name.replace(/supporting$/, 'lead') as LeadPath });
  const leadKey = lead ? (lead.registerKey ?? lead.name) : undefined;
  const offered = partners.filter((p) => p.key !== leadKey || chosen.has(p.key));
  // Partners the plan names that the register does not (typed elsewhere, or from a file): shown
  // ticked, so that what the printed plan will list is on screen and can be taken off.
  const known = new Set(partners.map((p) => p.key));
  const others = field.value.filter((p) => !known.has(p.registerKey ?? p.name));
  if (offered.length === 0 && others.length === 0) return null;
  return (
    <fieldset className="supporting">
      <legend>{t('plan.supporting')}</legend>
      {others.map((p) => (
        <label key={`other:${p.registerKey ?? p.name}`} className="inline-check">
          <input type="checkbox" checked onChange={() => field.onChange(field.value.filter((x) => x !== p))} />
          {t('plan.notInRegister', { name: p.name })}
        </label>
      ))}
      {offered.map((p) => (
        <label key={p.key} className="inline-check">
          <input
            type="checkbox"
            checked={chosen.has(p.key)}
            onChange={(e) =>
              field.onChange(e.target.checked ? [...field.value, { registerKey: p.key, name: p.name }] : field.value.filter((x) => (x.registerKey ?? x.name) !== p.key))
            }
          />
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}
