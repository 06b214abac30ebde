import { useTranslation } from '../../../components/use-translation';
import { Missing } from '../missing';
import { useSession } from '../use-session';
import { Presenter } from './presenter';

export function PresenterScreen({ auditId, sessionId }: { auditId: string; sessionId: string }) {
  const { t } = useTranslation();
  const data = useSession(auditId, sessionId);
  if (data === null) return <Missing auditId={auditId} />;
  if (!data) return <p>{t('common.loading')}</p>;
  return <Presenter key={sessionId} {...data} />;
}
