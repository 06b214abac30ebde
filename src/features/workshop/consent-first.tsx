import { Link } from 'wouter';
import { useTranslation } from '../../components/use-translation';

/** Why a session cannot record answers yet, and the way to the presenter's consent slide. */
export function ConsentFirst({ sessionId, code }: { sessionId: string; code: string }) {
  const { t } = useTranslation();
  return (
    <div className="ws-consent-first">
      <p className="warning-text">{t('workshop.consent.first')}</p>
      <p>
        <Link href={`/${sessionId}`} className="button primary">
          {t('workshop.consent.openPresenter', { code })}
        </Link>
      </p>
    </div>
  );
}
