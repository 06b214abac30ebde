import { useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../components/field';
import { useTranslation } from '../../components/use-translation';
import type { ActionPlan } from '../../domain/runtime';

/** An action's start and end; an end before the start is said at the end field itself, as well as in the plan's checklist. */
export function ActionDates({ priority, action }: { priority: number; action: number }) {
  const { t } = useTranslation();
  const { register } = useFormContext<ActionPlan>();
  const [start, end] = useWatch<ActionPlan, [`priorities.${number}.actions.${number}.start`, `priorities.${number}.actions.${number}.end`]>({
    name: [`priorities.${priority}.actions.${action}.start`, `priorities.${priority}.actions.${action}.end`],
  });
  const reversed = Boolean(start && end && end < start);
  return (
    <>
      <Field label={t('plan.startDate')}>
        <input type="date" {...register(`priorities.${priority}.actions.${action}.start`, { setValueAs: (v: string) => v || undefined })} />
      </Field>
      <Field label={t('plan.endDate')} error={reversed ? t('plan.endBeforeStart') : undefined}>
        <input type="date" {...register(`priorities.${priority}.actions.${action}.end`, { setValueAs: (v: string) => v || undefined })} />
      </Field>
    </>
  );
}
