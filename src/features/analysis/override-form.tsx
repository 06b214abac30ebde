import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import type { Gap } from '../../domain/runtime';
import { MAX_REASON } from '../../domain/plan/action-plan-schema';
import { focusOnShow } from '../../components/focus-on-show';

interface OverrideFormProps {
  gap: Gap;
  title: string;
  onSave: (score: number, reason: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

/** A person's decision to rank a gap differently; the reason is required and kept. */
export function OverrideForm({ gap, title, onSave, onRemove, onCancel }: OverrideFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [score, setScore] = useState(String(gap.override?.score ?? gap.score.value));
  const [reason, setReason] = useState(gap.override?.reason ?? '');
  const [missing, setMissing] = useState(false);
  const [badScore, setBadScore] = useState(false);
  // A whole number from 0 to 100; an empty box or a word is never read as 0.
  const number = score.trim() === '' ? Number.NaN : Number(score);
  const valid = Number.isFinite(number) && number >= 0 && number <= 100;
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  return (
    <form
      className="override-form"
      // The app's own messages, in the person's language, never the browser's bubbles.
      noValidate
      aria-label={t('analysis.gaps.changeFor', { gap: title })}
      onSubmit={(e) => {
        e.preventDefault();
        setBadScore(!valid);
        setMissing(!reason.trim());
        if (!valid) {
          (e.currentTarget.elements.namedItem('score') as HTMLInputElement | null)?.focus();
          return;
        }
        if (!reason.trim()) {
          reasonBox.current?.focus();
          return;
        }
        onSave(Math.round(number), reason.trim());
      }}
    >
      <label htmlFor={`${id}-score`}>{t('analysis.gaps.newScore')}</label>
      <input
        id={`${id}-score`}
        name="score"
        ref={focusOnShow}
        type="number"
        min={0}
        max={100}
        step={1}
        value={score}
        aria-invalid={badScore || undefined}
        aria-describedby={badScore ? `${id}-bad-score` : undefined}
        onChange={(e) => (setScore(e.target.value), setBadScore(false))}
      />
      {badScore ? (
        <p id={`${id}-bad-score`} className="error-text">
          {t('analysis.gaps.scoreInvalid')}
        </p>
      ) : null}
      <label htmlFor={`${id}-reason`}>{t('analysis.gaps.reason')}</label>
      <textarea
        id={`${id}-reason`}
        ref={reasonBox}
        rows={2}
        maxLength={MAX_REASON}
        value={reason}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-missing` : undefined}
        onChange={(e) => (setReason(e.target.value), setMissing(false))}
      />
      {missing ? (
        <p id={`${id}-missing`} className="error-text">
          {t('analysis.gaps.reasonMissing')}
        </p>
      ) : null}
      <div className="card-actions">
        <button type="submit" className="primary">
          {t('analysis.gaps.save')}
        </button>
        {gap.override ? (
          <button type="button" onClick={onRemove}>
            {t('analysis.gaps.remove')}
          </button>
        ) : null}
        <button type="button" className="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
