import { IdentityHint, identityHintShown } from '../../../components/identity-hint';
import { useId } from 'react';
import { useTranslation } from '../../../components/use-translation';

/** Disagreement beside the consensus: what was said, never who said it. */
export function DissentField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="ws-dissent">
      <label htmlFor={id}>{t('workshop.dissent.label')}</label>
      <p id={`${id}-help`} className="ws-help">
        {t('workshop.dissent.help')}
      </p>
      <textarea
        id={id}
        rows={2}
        maxLength={5000}
        autoComplete="off"
        aria-describedby={identityHintShown(value) ? `${id}-help ${id}-identity` : `${id}-help`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <IdentityHint id={`${id}-identity`} text={value} />
    </div>
  );
}
