import { useCallback, useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Page } from '../../components/page';
import { useListFocus } from '../../components/use-list-focus';
import { useFormatters } from '../../components/use-formatters';
import { useAuditActions, useTrashedAudits, type AuditRecord } from '../../storage';
import './audits.css';

type Pending = { kind: 'purge'; audit: AuditRecord } | { kind: 'empty' } | null;

export function TrashScreen() {
  const { t } = useTranslation();
  const trashed = useTrashedAudits();
  const actions = useAuditActions();
  const format = useFormatters();
  const [pending, setPending] = useState<Pending>(null);
  const toHeading = useCallback(() => document.querySelector<HTMLElement>('h1'), []);
  const [list, leaving] = useListFocus<HTMLUListElement>(trashed?.length ?? 0, toHeading);
  const at = (audit: AuditRecord) => trashed?.findIndex((a) => a.id === audit.id) ?? 0;

  const confirm = async () => {
    const what = pending;
    setPending(null);
    if (what?.kind === 'purge') {
      leaving(at(what.audit));
      await actions.purge(what.audit.id);
    }
    if (what?.kind === 'empty') {
      leaving(0);
      await actions.emptyTrash();
    }
  };
  const restore = (audit: AuditRecord) => {
    leaving(at(audit));
    void actions.restore(audit.id);
  };

  return (
    <Page
      title={t('trash.title')}
      before={<Link href="/">{t('common.backToAudits')}</Link>}
      actions={
        trashed && trashed.length > 0 ? (
          <button type="button" className="danger" onClick={() => setPending({ kind: 'empty' })}>
            {t('trash.empty')}
          </button>
        ) : null
      }
    >
      <p>{t('trash.intro')}</p>
      {trashed === undefined ? (
        <p>{t('common.loading')}</p>
      ) : trashed.length === 0 ? (
        <p className="empty">{t('trash.nothing')}</p>
      ) : (
        <ul className="audit-list" ref={list}>
          {trashed.map((audit) => (
            <li key={audit.id}>
              <article className="audit-card" aria-labelledby={`trashed-${audit.id}`}>
                <h2 id={`trashed-${audit.id}`}>{audit.locality}</h2>
                <p className="audit-meta">{t('trash.trashedOn', { when: format.dateTime(audit.deletedAt) })}</p>
                <div className="card-actions">
                  <button type="button" className="primary" onClick={() => restore(audit)}>
                    {t('trash.restore', { locality: audit.locality })}
                  </button>
                  <button type="button" className="danger-outline" onClick={() => setPending({ kind: 'purge', audit })}>
                    {t('trash.deleteForever')}
                  </button>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'empty' ? t('trash.confirmEmptyTitle') : t('trash.confirmPurgeTitle')}
        message={pending?.kind === 'purge' ? t('trash.confirmPurgeText', { locality: pending.audit.locality }) : t('trash.confirmEmptyText')}
        confirmLabel={pending?.kind === 'empty' ? t('trash.empty') : t('trash.deleteForever')}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </Page>
  );
}
