import { IdentityHint, identityHintShown } from '../../../components/identity-hint';
import { useId } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { OTHER_OPTION_ID, type Answer, type Item, type ResolvedOption } from '../../../domain/runtime';
import { useChoices } from '../use-choices';
import { useOptionLabel, type TextOf } from '../use-template-text';

interface PrivateQuestionProps {
  item: Item;
  /** Help written for the person answering (not for a facilitator). */
  showHelp: boolean;
  options: readonly ResolvedOption[];
  answer: Answer | undefined;
  text: TextOf;
  onChange: (answer: Answer | undefined) => void;
}

/**
 * One question answered alone on the shared device; fresh for every person. A workshop
 * questionnaire's help is left out: it speaks to the facilitator, not to one person.
 */
export function PrivateQuestion({ item, showHelp, options, answer, text, onChange }: PrivateQuestionProps) {
  const { t } = useTranslation();
  const optionLabel = useOptionLabel(text);
  const choicesOf = useChoices(text);
  const id = useId();
  if (item.type === 'notice' || item.type === 'list' || item.type === 'matrix') return null;
  const label = text(item.label);
  const help = showHelp && item.help ? <p className="help">{text(item.help)}</p> : null;
  const value = answer?.value;
  const set = (next: Answer['value'] | undefined) =>
    onChange(next === undefined || (Array.isArray(next) && next.length === 0) || next === '' ? undefined : { value: next, ...(answer?.other ? { other: answer.other } : {}) });
  const withOther = 'other' in item && item.other && (value === OTHER_OPTION_ID || (Array.isArray(value) && value.includes(OTHER_OPTION_ID)));
  const otherText = withOther ? (
    <label className="ws-private-other">
      {t('workshop.round.otherSpecify')}
      <input type="text" autoComplete="off" maxLength={2000} value={answer?.other ?? ''} onChange={(e) => onChange({ ...answer, other: e.target.value || undefined })} />
    </label>
  ) : null;

  const radios = (choices: { id: string; label: string; value: string | number }[]) => (
    <fieldset className="ws-private-item">
      <legend>{label}</legend>
      {help}
      <div className="ws-private-options">
        {choices.map((c) => (
          <label key={c.id} className="ws-private-option">
            <input type="radio" name={`${id}-choice`} checked={value === c.value} onChange={() => set(c.value)} />
            {c.label}
          </label>
        ))}
      </div>
      {otherText}
    </fieldset>
  );

  switch (item.type) {
    case 'single-choice':
    case 'yes-no':
      return radios(choicesOf(item, options).map((c) => ({ ...c, value: c.id })));
    case 'rating':
      return radios(choicesOf(item, options).map((c) => ({ ...c, value: Number(c.id) })));
    case 'multi-choice': {
      const chosen = Array.isArray(value) ? value : [];
      const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.id));
      const toggle = (optionId: string, on: boolean) => {
        if (!on) return set(chosen.filter((x) => x !== optionId));
        const kept = exclusive.has(optionId) ? [] : chosen.filter((x) => !exclusive.has(x));
        set(options.map((o) => o.id).filter((x) => x === optionId || kept.includes(x)));
      };
      const full = item.maxSelected !== undefined && chosen.length >= item.maxSelected;
      return (
        <fieldset className="ws-private-item">
          <legend>{label}</legend>
          {help}
          {item.maxSelected ? <p className="help">{t('workshop.round.chooseUpTo', { count: item.maxSelected })}</p> : null}
          <div className="ws-private-options">
            {options.map((o) => (
              <label key={o.id} className="ws-private-option">
                <input type="checkbox" checked={chosen.includes(o.id)} disabled={full && !chosen.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
                {optionLabel(o.label)}
              </label>
            ))}
          </div>
          {otherText}
        </fieldset>
      );
    }
    default: {
      const field =
        item.type === 'long-text' ? (
          <>
            <textarea
              id={id}
              rows={4}
              autoComplete="off"
              maxLength={item.maxLength ?? 5000}
              aria-describedby={typeof value === 'string' && identityHintShown(value) ? `${id}-identity` : undefined}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => set(e.target.value)}
            />
            <IdentityHint id={`${id}-identity`} text={typeof value === 'string' ? value : ''} />
          </>
        ) : item.type === 'number' ? (
          <input id={id} type="number" inputMode="decimal" autoComplete="off" min={item.min} max={item.max} value={typeof value === 'number' ? value : ''} onChange={(e) => set(e.target.value === '' ? undefined : Number(e.target.value))} />
        ) : (
          <input id={id} type={item.type === 'date' ? 'date' : 'text'} autoComplete="off" value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value)} />
        );
      return (
        <div className="ws-private-item field">
          <label htmlFor={id}>{label}</label>
          {help}
          {field}
        </div>
      );
    }
  }
}
