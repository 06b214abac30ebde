import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import { FREQUENCIES, MAX_INDICATORS, type ActionPlan } from '../../domain';
import { Field } from '../../components/field';
import { planId } from './plan-ids';
import { useRemoveWithUndo } from './use-remove-with-undo';
import { useFocusLater } from '../../components/use-focus-later';

/** Monitoring and evaluation built in from the start: each priority's indicators. */
export function IndicatorsEditor({ priority }: { priority: number }) {
  const { t } = useTranslation();
  const { register } = useFormContext<ActionPlan>();
  const { fields, append, remove } = useFieldArray<ActionPlan, `priorities.${number}.indicators`>({ name: `priorities.${priority}.indicators` });
  const [addButton, focusAdd] = useFocusLater<HTMLButtonElement>();
  const removeWithUndo = useRemoveWithUndo('indicators', priority);
  return (
    <fieldset className="plan-group">
      <legend>{t('plan.indicators')}</legend>
      {fields.map((indicator, i) => (
        <div key={indicator.id} className="plan-entry">
          <h4>{t('plan.indicator', { number: i + 1 })}</h4>
          <Field label={t('plan.indicatorName')}>
            <input type="text" maxLength={500} {...register(`priorities.${priority}.indicators.${i}.name`)} />
          </Field>
          <div className="field-row">
            <Field label={t('plan.baseline')}>
              <input type="text" maxLength={200} {...register(`priorities.${priority}.indicators.${i}.baseline`)} />
            </Field>
            <Field label={t('plan.target')}>
              <input type="text" maxLength={200} {...register(`priorities.${priority}.indicators.${i}.target`)} />
            </Field>
          </div>
          <Field label={t('plan.dataSource')}>
            <input type="text" maxLength={500} {...register(`priorities.${priority}.indicators.${i}.dataSource`)} />
          </Field>
          <Field label={t('plan.frequency')}>
            <select {...register(`priorities.${priority}.indicators.${i}.frequency`)}>
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`plan.frequencies.${f}`)}
                </option>
              ))}
            </select>
          </Field>
          <button type="button" className="small danger-outline" onClick={() => { removeWithUndo(i, remove); focusAdd(); }}>
            {t('plan.removeIndicator', { number: i + 1 })}
          </button>
        </div>
      ))}
      {fields.length < MAX_INDICATORS ? (
        <button type="button" ref={addButton} onClick={() => append({ id: planId('i'), name: '', baseline: '', target: '', dataSource: '', frequency: 'quarterly' })}>
          {t('plan.addIndicator')}
        </button>
      ) : (
        <p className="help">{t('plan.indicatorsFull', { number: MAX_INDICATORS })}</p>
      )}
    </fieldset>
  );
}
