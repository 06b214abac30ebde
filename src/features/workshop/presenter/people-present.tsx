import { useId, useState } from 'react';
import { useTranslation } from '../../../components/use-translation';

/** A head count the facilitator can correct as people arrive or leave: never names. */
export function PeoplePresent({ value, onChange }: { value: number | undefined; onChange: (value: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  // What is being typed; null shows the stored count.
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (n: number) => {
    if (Number.isInteger(n) && n >= 1 && n <= 10_000) onChange(n);
    setDraft(null);
  };
  return (
    <div className="ws-people">
      <label htmlFor={id}>{t('workshop.presenter.people')}</label>
      <button type="button" className="ws-step ws-step-small" aria-label={t('workshop.presenter.peopleFewer')} onClick={() => commit((value ?? 1) - 1)}>
        −
      </button>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={10000}
        value={draft ?? (value ? String(value) : '')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== null && commit(Number(draft))}
        onKeyDown={(e) => e.key === 'Enter' && draft !== null && commit(Number(draft))}
      />
      <button type="button" className="ws-step ws-step-small" aria-label={t('workshop.presenter.peopleMore')} onClick={() => commit((value ?? 0) + 1)}>
        +
      </button>
    </div>
  );
}
