import { useId, useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import type { Gap } from '../../domain/runtime';

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
  const value = Math.max(0, Math.min(100, Math.round(Number(score) || 0)));
  return (
    <form
      className="override-form"
      aria-label={t('analysis.gaps.changeFor', { gap: title })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return setMissing(true);
        onSave(value, reason.trim());
      }}
    >
      <label htmlFor={`${id}-score`}>{t('analysis.gaps.newScore')}</label>
      <input id={`${id}-score`} type="number" min={0} max={100} step={1} value={score} onChange={(e) => setScore(e.target.value)} />
      <label htmlFor={`${id}-reason`}>{t('analysis.gaps.reason')}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
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
