import { useEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import type { ActionPlan, Gap } from '../../domain/runtime';
import { Field } from '../../components/field';
import { ActionsEditor } from './actions-editor';
import { IndicatorsEditor } from './indicators-editor';
import type { PartnerOption } from './partner-options';

interface PriorityEditorProps {
  index: number;
  count: number;
  gaps: readonly { gap: Gap; label: string }[];
  partners: readonly PartnerOption[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  /** Set on the priority just moved: the focus goes back to its button (moving it in the page had dropped it). */
  focusMove?: 'up' | 'down';
  onMoveFocused?: () => void;
}

export function PriorityEditor({ index, count, gaps, partners, onMove, onRemove, focusMove, onMoveFocused }: PriorityEditorProps) {
  const { t } = useTranslation();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusMove) return;
    const [wanted, other] = focusMove === 'up' ? [up.current, down.current] : [down.current, up.current];
    // At the top or the bottom its button is disabled: the other one takes the focus.
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    onMoveFocused?.();
  }, [focusMove, index, onMoveFocused]);
  const { register } = useFormContext<ActionPlan>();
  const number = index + 1;
  return (
    <section className="priority" aria-labelledby={`priority-${index}`}>
      <div className="priority-head">
        <h3 id={`priority-${index}`}>{t('plan.priority', { number })}</h3>
        <div className="card-actions">
          <button type="button" ref={up} className="small" disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-label={t('common.labelled', { label: t('plan.moveUp'), text: t('plan.priority', { number }) })}>
            {t('plan.moveUp')}
          </button>
          <button type="button" ref={down} className="small" disabled={index === count - 1} onClick={() => onMove(index, index + 1)} aria-label={t('common.labelled', { label: t('plan.moveDown'), text: t('plan.priority', { number }) })}>
            {t('plan.moveDown')}
          </button>
          <button type="button" className="small danger-outline" onClick={() => onRemove(index)}>
            {t('plan.removePriority', { number })}
          </button>
        </div>
      </div>
      <Field label={t('plan.priorityTitle')}>
        <input type="text" maxLength={300} {...register(`priorities.${index}.title`)} />
      </Field>
      <Field label={t('plan.gap')}>
        <select {...register(`priorities.${index}.gapId`, { setValueAs: (v: string) => v || undefined })}>
          <option value="">{t('plan.noGap')}</option>
          {gaps.map(({ gap, label }) => (
            <option key={gap.id} value={gap.id}>
              {gap.effectiveScore} – {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('plan.objective')} help={t('plan.objectiveHelp')}>
        <textarea rows={2} maxLength={1000} {...register(`priorities.${index}.objective`)} />
      </Field>
      <ActionsEditor priority={index} partners={partners} />
      <IndicatorsEditor priority={index} />
    </section>
  );
}
