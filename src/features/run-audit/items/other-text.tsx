import { useEffect, useId, useRef } from 'react';
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

/**
 * The "Other" text last written for a question, kept while the question is on screen: a
 * slip off "Other" (an arrow key, a click on the next option, an exclusive "None of these")
 * takes the text out of the answer, and choosing "Other" again brings it back. Text cleared
 * on purpose stays cleared.
 */
export function useRememberedOther(other: string | undefined): { text: () => string | undefined; typed: (text: string) => void } {
  const last = useRef(other);
  useEffect(() => {
    if (other !== undefined) last.current = other;
  }, [other]);
  return {
    text: () => other ?? (last.current || undefined),
    typed: (text) => void (last.current = text),
  };
}
