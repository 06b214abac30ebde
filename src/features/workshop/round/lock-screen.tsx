import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { useFormatters } from '../../../components/use-formatters';

interface LockScreenProps {
  /** People who have answered privately in this session so far. */
  answered: number;
  starting: boolean;
  onNext: () => void;
  onEnd: () => void;
}

/** Between two people: nothing of anyone's answers, only the way to start the next turn. */
export function LockScreen({ answered, starting, onNext, onEnd }: LockScreenProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="ws-lock">
      <h1 ref={heading} tabIndex={-1}>
        {t('workshop.round.handOver')}
      </h1>
      <p>{t('workshop.round.cleared')}</p>
      <p>{t('workshop.round.answered', { count: answered, number: format.number(answered) })}</p>
      <button type="button" className="ws-big ws-primary" onClick={onNext} disabled={starting}>
        {t('workshop.round.start')}
      </button>
      <div className="ws-lock-facilitator">
        <p className="ws-help">{t('workshop.round.facilitatorOnly')}</p>
        <button type="button" onClick={onEnd}>
          {t('workshop.round.end')}
        </button>
      </div>
    </div>
  );
}
