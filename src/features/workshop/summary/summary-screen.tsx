import { useMemo } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { Link } from 'wouter';
import { computeVisibility, isAnswered, itemOptions, type Answer } from '../../../domain/runtime';
import { sessionSlides, SMALL_COUNT_THRESHOLD } from '../../../domain/workshop';
import { Page } from '../../../components/page';
import { useFormatters } from '../../../components/use-formatters';
import { useSessionAnswers } from '../../../storage';
import { Missing } from '../missing';
import { useSession, type SessionData } from '../use-session';
import { useTemplateText } from '../use-template-text';
import { SummaryItem } from './summary-item';

export function SummaryScreen({ auditId, sessionId }: { auditId: string; sessionId: string }) {
  const { t } = useTranslation();
  const data = useSession(auditId, sessionId);
  if (data === null) return <Missing auditId={auditId} />;
  if (!data) return <p>{t('common.loading')}</p>;
  return <Summary {...data} />;
}

/** Results now: what the group said, for everyone to discuss before they leave. */
function Summary({ session, template }: SessionData) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useTemplateText(template);
  const stored = useSessionAnswers(session.id);
  const slides = useMemo(() => sessionSlides(template), [template]);
  if (!stored) return <p>{t('common.loading')}</p>;
  const { group, participants } = stored;
  const visibility = computeVisibility(template, group);
  const context = { template, answers: group, visibility };
  const privateAnswers = [...participants.values()].filter((answers) => answers.size > 0);
  // What each person's own answers show: an answer to a question their later answers hid
  // (they changed their mind) is not theirs to publish.
  const privateVisible = privateAnswers.map((answers) => ({ answers, visibility: computeVisibility(template, answers) }));
  const shown = slides.flatMap(({ item }) => {
    if (item.type === 'notice') return [];
    const alone = privateVisible.map(({ answers, visibility: own }) => (own.isItemVisible(item.id) ? answers.get(item.id) : undefined));
    const own: Answer | undefined = group.get(item.id);
    const said = (isAnswered(own) || Boolean(own?.group?.dissent)) && visibility.isItemVisible(item.id);
    return said || alone.some((a) => isAnswered(a)) ? [{ item, own, alone }] : [];
  });
  return (
    <Page title={t('workshop.summary.title', { code: session.code })} before={<Link href={`/${session.id}`}>{t('workshop.backToSession', { code: session.code })}</Link>}>
      <p>
        {session.participants ? t('workshop.sessions.present', { count: session.participants, number: format.number(session.participants) }) : t('workshop.sessions.presentUnknown')}
        {' · '}
        {/* Banded like every count here: "1 person" beside that person's answers would single them out. */}
        {privateAnswers.length > 0 && privateAnswers.length < SMALL_COUNT_THRESHOLD
          ? t('workshop.summary.privateFew', { number: format.number(SMALL_COUNT_THRESHOLD) })
          : t('workshop.summary.privateCount', { count: privateAnswers.length, number: format.number(privateAnswers.length) })}
      </p>
      <p className="ws-do-no-harm">{t('workshop.summary.banding', { number: format.number(SMALL_COUNT_THRESHOLD) })}</p>
      {shown.length === 0 ? <p className="empty">{t('workshop.summary.nothing')}</p> : null}
      {shown.map(({ item, own, alone }) => {
        const { options, rows } = itemOptions(item, context);
        return <SummaryItem key={item.id} item={item} group={own} privately={alone} options={options} rows={rows} participants={session.participants} text={text} />;
      })}
      <p className="ws-links">
        <Link href={`/${session.id}`}>{t('workshop.backToSession', { code: session.code })}</Link>
        <Link href="/">{t('workshop.backToSessions')}</Link>
      </p>
    </Page>
  );
}
