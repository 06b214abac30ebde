import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { localize } from '../../domain/template/localize';
import { useLanguage } from '../../components/language-context';
import { ProgressMeter } from '../../components/progress-meter';
import { useFormatters } from '../../components/use-formatters';
import type { AuditSummary } from '../../storage';

interface AuditCardProps {
  summary: AuditSummary;
  onArchive: (archived: boolean) => void;
  onTrash: () => void;
}

export function AuditCard({ summary, onArchive, onTrash }: AuditCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormatters();
  const { audit } = summary;
  const period =
    audit.periodStart && audit.periodEnd
      ? t('audits.period', { start: format.date(audit.periodStart), end: format.date(audit.periodEnd) })
      : audit.periodStart
        ? t('audits.periodFrom', { start: format.date(audit.periodStart) })
        : audit.periodEnd
          ? t('audits.periodUntil', { end: format.date(audit.periodEnd) })
          : null;
  return (
    <article className="audit-card" aria-labelledby={`audit-${audit.id}`}>
      <h2 id={`audit-${audit.id}`}>
        <Link href={`/audits/${audit.id}`}>{audit.locality}</Link>
      </h2>
      <p className="audit-meta">
        {localize(audit.templateTitle, language)}
        {audit.status === 'archived' ? <span className="badge">{t('audits.status.archived')}</span> : null}
      </p>
      <p className="audit-meta">
        {audit.leadOrganisation}
        {period ? ` · ${period}` : ''}
      </p>
      <p className="audit-meta">
        {t('audits.respondents', { count: summary.respondents })} · {t('audits.lastEdit', { when: format.dateTime(summary.lastEdit) })}
      </p>
      <ProgressMeter answered={summary.answered} total={summary.total} label={t('audits.progressOf', { locality: audit.locality })} />
      <div className="card-actions" role="group" aria-label={t('audits.actionsFor', { locality: audit.locality })}>
        <button type="button" onClick={() => onArchive(audit.status !== 'archived')}>
          {audit.status === 'archived' ? t('audits.unarchive') : t('audits.archive')}
        </button>
        <button type="button" className="danger-outline" onClick={onTrash}>
          {t('audits.moveToTrash')}
        </button>
      </div>
    </article>
  );
}
