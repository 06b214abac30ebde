import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useLanguage } from '../../components/language-context';
import { useNotify } from '../../components/notifications';
import { Page } from '../../components/page';
import { useAuditActions, useAuditSummaries, useTrashedAudits, type AuditRecord } from '../../storage';
import { AuditCard } from './audit-card';
import { filterAudits } from './audit-filter';
import { ExploreExample } from './explore-example';
import { OpenAuditFile } from './open-audit-file';
import './audits.css';

export function AuditsScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const summaries = useAuditSummaries();
  const trashed = useTrashedAudits();
  const actions = useAuditActions();
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [confirming, setConfirming] = useState<AuditRecord | null>(null);
  const searchId = useId();
  const visible = useMemo(() => filterAudits(summaries ?? [], query, showArchived, language), [summaries, query, showArchived, language]);

  const trash = async (audit: AuditRecord) => {
    setConfirming(null);
    await actions.trash(audit.id);
    notify({ message: t('audits.movedToTrash', { locality: audit.locality }), action: { label: t('common.undo'), run: () => void actions.restore(audit.id) } });
  };

  return (
    <Page
      title={t('audits.title')}
      actions={
        <>
          <Link href="/audits/new" className="button primary">
            {t('audits.newAudit')}
          </Link>
          <Link href="/trash" className="button">
            {t('audits.trash', { count: trashed?.length ?? 0 })}
          </Link>
        </>
      }
    >
      <p>{t('audits.intro')}</p>
      <div className="toolbar">
        <label htmlFor={searchId}>{t('audits.search')}</label>
        <input id={searchId} type="search" value={query} placeholder={t('audits.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        <label className="inline-check">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          {t('audits.showArchived')}
        </label>
      </div>
      {summaries === undefined ? (
        <p>{t('common.loading')}</p>
      ) : summaries.length === 0 ? (
        <p className="empty">{t('audits.empty')}</p>
      ) : visible.length === 0 ? (
        <p className="empty">{query ? t('audits.noMatch', { query }) : t('audits.empty')}</p>
      ) : (
        <section aria-label={t('audits.listLabel')}>
          <p className="count" aria-live="polite">{t('audits.count', { count: visible.length })}</p>
          <ul className="audit-list">
            {visible.map((summary) => (
              <li key={summary.audit.id}>
                <AuditCard
                  summary={summary}
                  onArchive={(archived) => void actions.setArchived(summary.audit.id, archived)}
                  onTrash={() => setConfirming(summary.audit)}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="files-panel">
        <ExploreExample />
        <OpenAuditFile />
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={t('audits.confirmTrashTitle')}
        message={t('audits.confirmTrashText', { locality: confirming?.locality ?? '' })}
        confirmLabel={t('audits.moveToTrash')}
        danger
        onConfirm={() => confirming && void trash(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </Page>
  );
}
