import { useTranslation } from '../../../components/use-translation';
import { Link } from 'wouter';
import { localize } from '../../../domain/runtime';
import { useLanguage } from '../../../components/language-context';
import { useFormatters } from '../../../components/use-formatters';
import type { RespondentRecord } from '../../../storage';

/** Each session with the ways into it: present, private round, results, paper forms. */
export function SessionList({ sessions }: { sessions: readonly RespondentRecord[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormatters();
  if (sessions.length === 0) return <p className="empty">{t('workshop.sessions.none')}</p>;
  return (
    <ul className="ws-session-list">
      {sessions.map((s) => (
        <li key={s.id} className="ws-session">
          <h3 className="ws-session-code">{s.code}</h3>
          <p className="muted">
            {localize(s.templateTitle, language)}
            <br />
            {s.participants ? t('workshop.sessions.present', { count: s.participants, number: format.number(s.participants) }) : t('workshop.sessions.presentUnknown')}
            {' · '}
            {t('workshop.sessions.lastEdit', { when: format.dateTime(s.updatedAt) })}
          </p>
          <div className="card-actions">
            <Link href={`/${s.id}`} className="button primary" aria-label={t('workshop.sessions.presentFor', { code: s.code })}>
              {t('workshop.sessions.presentAction')}
            </Link>
            <Link href={`/${s.id}/round`} className="button" aria-label={t('workshop.sessions.roundFor', { code: s.code })}>
              {t('workshop.sessions.roundAction')}
            </Link>
            <Link href={`/${s.id}/summary`} className="button" aria-label={t('workshop.sessions.summaryFor', { code: s.code })}>
              {t('workshop.sessions.summaryAction')}
            </Link>
            <Link href={`/${s.id}/paper`} className="button" aria-label={t('workshop.sessions.paperFor', { code: s.code })}>
              {t('workshop.sessions.paperAction')}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
