import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useLanguage } from '../../components/language-context';
import { useNotify } from '../../components/notifications';
import { useListFocus } from '../../components/use-list-focus';
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
  const search = useRef<HTMLInputElement>(null);
  const toSearch = useCallback(() => search.current, []);
  const [list, leaving] = useListFocus<HTMLUListElement>(visible.length, toSearch);
  const at = (audit: AuditRecord) => visible.findIndex((s) => s.audit.id === audit.id);

  const trash = async (audit: AuditRecord) => {
    setConfirming(null);
    leaving(at(audit));
    await actions.trash(audit.id);
    // An undo after the trash was emptied says so rather than doing nothing.
    const undo = async () => (await actions.restore(audit.id)) || notify({ message: t('audits.goneForGood', { locality: audit.locality }) });
    notify({ message: t('audits.movedToTrash', { locality: audit.locality }), action: { label: t('common.undo'), run: () => void undo() } });
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
        <input ref={search} id={searchId} type="search" value={query} placeholder={t('audits.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
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
          <ul className="audit-list" ref={list}>
            {visible.map((summary) => (
              <li key={summary.audit.id}>
                <AuditCard
                  summary={summary}
                  onArchive={(archived) => {
                    // Archived audits are hidden unless asked for: the focus moves on to the next one.
                    if (archived && !showArchived) leaving(at(summary.audit));
                    void actions.setArchived(summary.audit.id, archived);
                  }}
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
