import { useFieldArray, useFormContext } from 'react-hook-form';
import { ActionDates } from './action-dates';
import { useTranslation } from '../../components/use-translation';
import { ACTION_STATUSES, MAX_ACTIONS, type ActionPlan } from '../../domain';
import { Field } from '../../components/field';
import { LeadPartnerSelect, SupportingPartners } from './partner-select';
import type { PartnerOption } from './partner-options';
import { planId } from './plan-ids';
import { useRemoveWithUndo } from './use-remove-with-undo';
import { useFocusLater } from '../../components/use-focus-later';

export function ActionsEditor({ priority, partners }: { priority: number; partners: readonly PartnerOption[] }) {
  const { t } = useTranslation();
  const { register } = useFormContext<ActionPlan>();
  const { fields, append, remove } = useFieldArray<ActionPlan, `priorities.${number}.actions`>({ name: `priorities.${priority}.actions` });
  const [addButton, focusAdd] = useFocusLater<HTMLButtonElement>();
  const removeWithUndo = useRemoveWithUndo('actions', priority);
  return (
    <fieldset className="plan-group">
      <legend>{t('plan.actions')}</legend>
      {fields.map((action, a) => (
        <div key={action.id} className="plan-entry">
          <h4>{t('plan.action', { number: a + 1 })}</h4>
          <Field label={t('plan.description')}>
            <textarea rows={2} maxLength={2000} {...register(`priorities.${priority}.actions.${a}.description`)} />
          </Field>
          <LeadPartnerSelect name={`priorities.${priority}.actions.${a}.lead`} partners={partners} />
          <SupportingPartners name={`priorities.${priority}.actions.${a}.supporting`} partners={partners} />
          <Field label={t('plan.resources')}>
            <textarea rows={2} maxLength={2000} {...register(`priorities.${priority}.actions.${a}.resources`)} />
          </Field>
          <div className="field-row">
            <ActionDates priority={priority} action={a} />
            <Field label={t('plan.status')}>
              <select {...register(`priorities.${priority}.actions.${a}.status`)}>
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`plan.statuses.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <button type="button" className="small danger-outline" onClick={() => { removeWithUndo(a, remove); focusAdd(); }}>
            {t('plan.removeAction', { number: a + 1 })}
          </button>
        </div>
      ))}
      {fields.length < MAX_ACTIONS ? (
        <button type="button" ref={addButton} onClick={() => append({ id: planId('a'), description: '', supporting: [], resources: '', status: 'planned' })}>
          {t('plan.addAction')}
        </button>
      ) : (
        <p className="help">{t('plan.actionsFull', { number: MAX_ACTIONS })}</p>
      )}
    </fieldset>
  );
}
