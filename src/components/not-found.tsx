import { useTranslation } from './use-translation';
import { Link } from 'wouter';
import { Page } from './page';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('common.notFound')}>
      <p>{t('common.notFoundText')}</p>
      <Link href="/">{t('common.backToAudits')}</Link>
    </Page>
  );
}
