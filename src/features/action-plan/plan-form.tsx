import { useCallback, useRef, useState } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import { FREQUENCIES, PLAN_PRIORITIES } from '../../domain';
import type { ActionPlan, Gap } from '../../domain/runtime';
import type { PlanJournal, PlanSaver } from '../../storage';
import { Field } from '../../components/field';
import { useNotify } from '../../components/notifications';
import { useFocusLater } from '../../components/use-focus-later';
import type { PartnerOption } from './partner-options';
import { PlanChecklist } from './plan-checklist';
import { planId } from './plan-ids';
import { PriorityEditor } from './priority-editor';
import { usePlanAutosave } from './use-plan-autosave';

interface PlanFormProps {
  plan: ActionPlan;
  latest: ActionPlan | null | undefined;
  gaps: readonly { gap: Gap; label: string }[];
  partners: readonly PartnerOption[];
  save: PlanSaver;
  journal: PlanJournal;
}

/** The plan editor (react-hook-form); every change is saved as it is made. */
export function PlanForm({ plan, latest, gaps, partners, save, journal }: PlanFormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useForm<ActionPlan>({ defaultValues: plan });
  const { fields, append, remove, move, insert } = useFieldArray({ control: form.control, name: 'priorities' });
  const formElement = useRef<HTMLFormElement>(null);
  const { state, onLeave } = usePlanAutosave(form, save, plan, latest, journal, formElement);
  const [addButton, focusAdd] = useFocusLater<HTMLButtonElement>();
  const [moved, setMoved] = useState<{ key: string; direction: 'up' | 'down' } | null>(null);
  const clearMoved = useCallback(() => setMoved(null), []);
  const movePriority = (from: number, to: number) => {
    const key = fields[from]?.id;
    move(from, to);
    if (key) setMoved({ key, direction: to < from ? 'up' : 'down' });
  };
  const removePriority = (index: number) => {
    const removed = form.getValues(`priorities.${index}`);
    remove(index);
    focusAdd();
    // Undo never makes more priorities than a plan holds (a file with 8 would not open elsewhere).
    const undo = () => (form.getValues('priorities').length >= PLAN_PRIORITIES.max ? notify({ message: t('plan.undoFull') }) : insert(index, removed));
    notify({ message: t('plan.priorityRemoved', { number: index + 1 }), action: { label: t('common.undo'), run: undo }, timeout: 10_000 });
  };
  return (
    <FormProvider {...form}>
      <form
        ref={formElement}
        className="plan-form"
        noValidate
        onSubmit={(e) => e.preventDefault()}
        // Another window's edits wait while the person types here, and show as they leave the form.
        onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setTimeout(onLeave)}
      >
        <p className="save-status" role="status">
          {state === 'saving' ? t('plan.saving') : state === 'newer-elsewhere' ? t('plan.newerElsewhere') : t('plan.saved')}
        </p>
        <Field label={t('plan.problemStatement')} help={t('plan.problemStatementHelp')}>
          <textarea rows={4} maxLength={5000} {...form.register('problemStatement')} />
        </Field>
        <h2>{t('plan.priorities')}</h2>
        <p className="muted">{t('plan.prioritiesCount', { count: fields.length })}</p>
        {fields.map((field, index) => (
          <PriorityEditor
            key={field.id}
            index={index}
            count={fields.length}
            gaps={gaps}
            partners={partners}
            onMove={movePriority}
            onRemove={removePriority}
            focusMove={moved?.key === field.id ? moved.direction : undefined}
            onMoveFocused={clearMoved}
          />
        ))}
        <div>
          <button
            type="button"
            ref={addButton}
            disabled={fields.length >= 7}
            onClick={() => append({ id: planId('p'), title: '', objective: '', actions: [], indicators: [] })}
          >
            {t('plan.addPriority')}
          </button>
        </div>
        <fieldset className="plan-group">
          <legend>{t('plan.monitoring')}</legend>
          <Field label={t('plan.monitoringWho')}>
            <input type="text" maxLength={500} {...form.register('monitoring.who')} />
          </Field>
          <Field label={t('plan.monitoringFrequency')}>
            <select {...form.register('monitoring.frequency')}>
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`plan.frequencies.${f}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('plan.protocols')}>
            <textarea rows={3} maxLength={3000} {...form.register('monitoring.protocols')} />
          </Field>
        </fieldset>
        <PlanChecklist />
      </form>
    </FormProvider>
  );
}
