import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { localize } from '../../domain/template/localize';
import { useLanguage } from '../../components/language-context';
import { ProgressMeter } from '../../components/progress-meter';
import { useFormatters } from '../../components/use-formatters';
import type { RespondentRecord } from '../../storage';
import { bandCount } from '../../domain/runtime';

interface RespondentListProps {
  auditId: string;
  respondents: readonly RespondentRecord[];
  onRemove: (respondent: RespondentRecord) => void;
}

export function RespondentList({ auditId, respondents, onRemove }: RespondentListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormatters();
  // People who answered in a workshop session (alone, or on a paper form) are counted under
  // their session, never listed one by one: a private answer is only ever seen combined.
  const shown = respondents.filter((r) => r.session?.role !== 'participant');
  const within = (sessionId: string, via: 'round' | 'paper') => respondents.filter((r) => r.session?.role === 'participant' && r.session.id === sessionId && (r.session.via ?? 'round') === via).length;
  if (shown.length === 0) return <p className="empty">{t('overview.noRespondents')}</p>;
  return (
    <ul className="respondent-list">
      {shown.map((r) => {
        const alone = r.type === 'workshop' ? within(r.id, 'round') : 0;
        const paper = r.type === 'workshop' ? within(r.id, 'paper') : 0;
        // Banded like every small count of people (domain/analysis/band.ts).
        const aloneBand = bandCount(alone);
        const started = r.progress.answered > 0;
        const href = `/audits/${auditId}/respondents/${r.id}${r.lastSectionId ? `/${r.lastSectionId}` : ''}`;
        return (
          <li key={r.id} className="respondent">
            <div>
              <strong className="respondent-code">{r.code}</strong> · {t(`overview.respondentTypes.${r.type}`)}
              <br />
              <span className="muted">
                {localize(r.templateTitle, language)} · {t('overview.lastEdit', { when: format.dateTime(r.updatedAt) })}
              </span>
              <br />
              <ProgressMeter answered={r.progress.answered} total={r.progress.total} label={r.code} />
              {alone + paper > 0 ? (
                <span className="muted">
                  {t('overview.sessionAnswers', {
                    alone: aloneBand.kind === 'fewer-than' ? t('overview.fewerThan', { threshold: aloneBand.threshold }) : format.number(alone),
                    paper: format.number(paper),
                  })}
                </span>
              ) : null}
            </div>
            <div className="card-actions">
              <Link href={href} className="button primary">
                {started ? t('overview.continue', { code: r.code }) : t('overview.start', { code: r.code })}
              </Link>
              <button type="button" className="danger-outline" onClick={() => onRemove(r)} aria-label={t('overview.removeFor', { code: r.code })}>
                {t('overview.remove')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
