import { useId } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { useFormatters } from '../../../components/use-formatters';
import { TIMER_CHOICES, type ItemTimer } from './use-timer';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** An optional countdown for the item on screen (T starts and stops it). */
export function ItemTimerView({ timer }: { timer: ItemTimer }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const up = timer.running && timer.remaining === 0;
  return (
    <div className="ws-timer">
      <label htmlFor={id}>{t('workshop.timer.length')}</label>
      <select id={id} value={timer.duration} onChange={(e) => timer.setDuration(Number(e.target.value))}>
        {TIMER_CHOICES.map((s) => (
          <option key={s} value={s}>
            {s < 60 ? t('workshop.timer.seconds', { count: s, number: format.number(s) }) : t('workshop.timer.minutes', { count: s / 60, number: format.number(s / 60) })}
          </option>
        ))}
      </select>
      <button type="button" aria-pressed={timer.running} onClick={timer.toggle} aria-keyshortcuts="T">
        {timer.running ? t('workshop.timer.stop') : t('workshop.timer.start')}
      </button>
      <span role="timer" className={`ws-clock${up ? ' ws-clock-up' : ''}`} aria-label={t('workshop.timer.left')}>
        {clock(timer.remaining)}
      </span>
      <span role="status" className="ws-timer-status">
        {up ? t('workshop.timer.up') : ''}
      </span>
    </div>
  );
}
