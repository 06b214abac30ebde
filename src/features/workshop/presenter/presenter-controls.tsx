import { useTranslation } from '../../../components/use-translation';
import { Link } from 'wouter';
import type { SaveStatus } from '../../../storage';
import { SaveState } from '../save-state';
import { ItemTimerView } from './item-timer';
import type { ItemTimer } from './use-timer';

interface PresenterControlsProps {
  sessionId: string;
  atStart: boolean;
  atEnd: boolean;
  revealed: boolean;
  /** The item has counts to show (hands or dots). */
  revealable: boolean;
  /** Why "Next" cannot go on yet (consent not recorded), if it cannot. */
  blockedReason?: string;
  timer: ItemTimer;
  status: SaveStatus;
  onPrevious: () => void;
  onNext: () => void;
  onReveal: () => void;
  onRetry: () => void;
}

/** Every key has a button: previous, next, reveal, timer; and the ways to the other screens. */
export function PresenterControls({ sessionId, atStart, atEnd, revealed, revealable, blockedReason, timer, status, onPrevious, onNext, onReveal, onRetry }: PresenterControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      {blockedReason ? (
        <p className="ws-warning" role="alert">
          {blockedReason}
        </p>
      ) : null}
      <div className="ws-nav-buttons">
        <button type="button" className="ws-big" onClick={onPrevious} disabled={atStart} aria-keyshortcuts="ArrowLeft PageUp">
          {t('workshop.presenter.previous')}
        </button>
        {revealable ? (
          <button type="button" className="ws-big" aria-pressed={revealed} onClick={onReveal} aria-keyshortcuts="R">
            {revealed ? t('workshop.presenter.hideResults') : t('workshop.presenter.reveal')}
          </button>
        ) : null}
        {atEnd ? (
          <Link href={`/${sessionId}/summary`} className="button ws-big ws-primary">
            {t('workshop.presenter.toSummary')}
          </Link>
        ) : (
          <button type="button" className="ws-big ws-primary" onClick={onNext} aria-keyshortcuts="ArrowRight PageDown">
            {t('workshop.presenter.next')}
          </button>
        )}
      </div>
      <ItemTimerView timer={timer} />
      <p className="ws-keys">{t('workshop.presenter.keys')}</p>
      <nav className="ws-links" aria-label={t('workshop.presenter.elsewhere')}>
        <Link href={`/${sessionId}/round`}>{t('workshop.sessions.roundAction')}</Link>
        <Link href={`/${sessionId}/summary`}>{t('workshop.sessions.summaryAction')}</Link>
        <Link href={`/${sessionId}/paper`}>{t('workshop.sessions.paperAction')}</Link>
        <Link href="/">{t('workshop.backToSessions')}</Link>
      </nav>
      <SaveState status={status} onRetry={onRetry} />
    </>
  );
}
