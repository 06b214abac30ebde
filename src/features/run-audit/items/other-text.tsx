import { useId } from 'react';
import { useTranslation } from '../../../components/use-translation';

export function OtherText({ value, disabled, onChange }: { value: string; disabled: boolean; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="other-text">
      <label htmlFor={id}>{t('runner.otherSpecify')}</label>
      <input id={id} type="text" maxLength={500} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
