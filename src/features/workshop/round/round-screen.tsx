import { useTranslation } from '../../../components/use-translation';
import { Missing } from '../missing';
import { useSession } from '../use-session';
import { Round } from './round';

export function RoundScreen({ auditId, sessionId }: { auditId: string; sessionId: string }) {
  const { t } = useTranslation();
  const data = useSession(auditId, sessionId);
  if (data === null) return <Missing auditId={auditId} />;
  if (!data) return <p>{t('common.loading')}</p>;
  return <Round key={sessionId} {...data} />;
}
