import { useTranslation } from './use-translation';
import { useFormatters } from './use-formatters';

interface ProgressMeterProps {
  answered: number;
  total: number;
  /** What the progress is of, for screen readers. */
  label: string;
}

export function ProgressMeter({ answered, total, label }: ProgressMeterProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ratio = total === 0 ? 0 : answered / total;
  return (
    <span className="progress-meter">
      <progress max={1} value={ratio} aria-label={label} />
      <span className="progress-text">{t('common.progress', { answered: format.number(answered), total: format.number(total), percent: format.percent(ratio) })}</span>
    </span>
  );
}
