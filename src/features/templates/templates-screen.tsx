import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { shippedTemplates } from 'virtual:shipped-templates';
import { localize } from '../../domain';
import { useLanguage } from '../../components/language-context';
import { Page } from '../../components/page';
import { TemplateImport } from './template-import';
import { useOwnTemplates } from './own-templates';
import './templates.css';

export function TemplatesScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const imported = useOwnTemplates();
  return (
    <Page title={t('templates.title')} before={<Link href="/">{t('common.backToAudits')}</Link>}>
      <p>{t('templates.intro')}</p>
      <h2>{t('templates.shipped')}</h2>
      <ul className="template-list">
        {shippedTemplates.map((s) => (
          <li key={s.file}>
            <strong>{localize(s.title, language, s.languages)}</strong>
            <br />
            <span className="muted">{t('templates.meta', { kind: t(`templates.kinds.${s.kind}`), version: s.version })}</span>
          </li>
        ))}
      </ul>
      <h2>{t('templates.imported')}</h2>
      {imported && imported.length > 0 ? (
        <ul className="template-list">
          {imported.map((r) => (
            <li key={r.key}>
              <strong>{localize(r.template.title, language, r.template.languages)}</strong>
              <br />
              <span className="muted">{t('templates.meta', { kind: t(`templates.kinds.${r.kind}`), version: r.version })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('templates.noneImported')}</p>
      )}
      <TemplateImport />
    </Page>
  );
}
