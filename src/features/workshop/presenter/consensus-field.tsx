import { useId } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { checkValue, type AnswerValue, type FieldItem, type Item } from '../../../domain/runtime';
import { useIssueText } from '../../run-audit/use-issue-text';
import type { Choice } from '../use-choices';


interface ConsensusFieldProps {
  item: Exclude<Item | FieldItem, { type: 'notice' | 'list' | 'matrix' }>;
  /** Options, yes and no, or scale points, for the items that have them. */
  choices: readonly Choice[];
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
}

/** The answer the group agrees on: follows the counts until the facilitator records another. */
export function ConsensusField({ item, choices, value, onChange }: ConsensusFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const issueText = useIssueText();
  // The template's bounds, said as the questionnaire says them ("Enter 1 or more."); kept as a draft.
  const problem = item.type === 'number' && typeof value === 'number' ? checkValue(item, { value }, [])[0] : undefined;
  const problemText = problem ? issueText({ code: problem.code, params: problem.params ?? {} }) : undefined;
  const help = <p id={`${id}-help`} className="ws-help">{t(choices.length ? 'workshop.consensus.followsCounts' : 'workshop.consensus.help')}</p>;
  if (item.type === 'multi-choice') {
    const chosen = Array.isArray(value) ? value : [];
    // The questionnaire's "up to 3" holds for the group's answer too.
    const full = item.maxSelected !== undefined && chosen.length >= item.maxSelected;
    return (
      <fieldset className="ws-consensus" aria-describedby={`${id}-help`}>
        <legend>{t('workshop.consensus.label')}</legend>
        {help}
        <div className="ws-consensus-choices">
          {choices.map((c) => (
            <label key={c.id} className="inline-check">
              <input
                type="checkbox"
                checked={chosen.includes(c.id)}
                disabled={full && !chosen.includes(c.id)}
                onChange={(e) => onChange(e.target.checked ? choices.map((x) => x.id).filter((x) => x === c.id || chosen.includes(x)) : chosen.filter((x) => x !== c.id))}
              />
              {c.label}
            </label>
          ))}
        </div>
        {full ? <p className="ws-help">{t('runner.maxChosen', { count: item.maxSelected })}</p> : null}
      </fieldset>
    );
  }
  const control = (() => {
    switch (item.type) {
      case 'single-choice':
      case 'yes-no':
      case 'rating':
        return (
          <select id={id} aria-describedby={`${id}-help`} value={value === undefined ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : item.type === 'rating' ? Number(e.target.value) : e.target.value)}>
            <option value="">{t('workshop.consensus.notDecided')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        );
      case 'number':
        return (
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={item.min}
            max={item.max}
            step={item.integer ? 1 : 'any'}
            aria-invalid={problemText ? true : undefined}
            aria-describedby={problemText ? `${id}-help ${id}-problem` : `${id}-help`}
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          />
        );
      case 'date':
        return <input id={id} type="date" aria-describedby={`${id}-help`} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} />;
      default:
        return <textarea id={id} rows={2} autoComplete="off" maxLength={item.maxLength ?? 5000} aria-describedby={`${id}-help`} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} />;
    }
  })();
  return (
    <div className="ws-consensus">
      <label htmlFor={id}>{t(item.type === 'text' || item.type === 'long-text' ? 'workshop.consensus.summary' : 'workshop.consensus.label')}</label>
      {help}
      {control}
      {problemText ? (
        <p id={`${id}-problem`} className="ws-warning">
          {problemText}
        </p>
      ) : null}
    </div>
  );
}
