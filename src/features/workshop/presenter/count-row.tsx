import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../components/use-translation';

export type CountUnit = 'hands' | 'dots';

interface CountRowProps {
  label: string;
  count: number;
  unit: CountUnit;
  onChange: (count: number) => void;
  problem?: boolean;
}

/** One option: big − and + buttons around a count that can also be typed; + and − keys work on the row. */
export function CountRow({ label, count, unit, onChange, problem }: CountRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const step = (delta: number) => onChange(Math.max(0, count + delta));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '-') {
      event.preventDefault();
      step(event.key === '+' ? 1 : -1);
    }
  };
  return (
    <div className={`ws-count-row${problem ? ' ws-problem' : ''}`}>
      <label htmlFor={id} className="ws-count-label">
        {label}
      </label>
      <div className="ws-count-controls">
        <button type="button" className="ws-step" onClick={() => step(-1)} onKeyDown={onKeyDown} aria-label={t(`workshop.count.${unit}.remove`, { option: label })}>
          −
        </button>
        <input
          id={id}
          className="ws-count-input"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={count}
          aria-label={t(`workshop.count.${unit}.field`, { option: label })}
          onChange={(e) => onChange(e.target.value === '' ? 0 : Number(e.target.value))}
          onFocus={(e) => e.target.select()}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="ws-step" onClick={() => step(1)} onKeyDown={onKeyDown} aria-label={t(`workshop.count.${unit}.add`, { option: label })}>
          +
        </button>
      </div>
    </div>
  );
}
