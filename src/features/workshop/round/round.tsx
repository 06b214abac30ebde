import { useRef, useState } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { Link } from 'wouter';
import { roundItems, sessionConsented } from '../../../domain/workshop';
import { Page } from '../../../components/page';
import { useSessionAnswers, useSessionParticipants, useWorkshopActions } from '../../../storage';
import { useFocusInside, useFullScreen } from '../use-full-screen';
import type { SessionData } from '../use-session';
import { ConsentFirst } from '../consent-first';
import { LockScreen } from './lock-screen';
import { PrivateForm } from './private-form';
import { RoundSetup } from './round-setup';

type Phase = { kind: 'setup' } | { kind: 'locked' } | { kind: 'answering'; participantId: string };

/**
 * Pass-the-device: each person answers alone, then the screen locks and clears before the
 * next one. Every turn is a new anonymous respondent of the session; nothing of one turn
 * is kept on screen for the next (a new form, and nothing in the address or history).
 */
export function Round({ audit, session, template }: SessionData) {
  const { t } = useTranslation();
  const actions = useWorkshopActions();
  const stored = useSessionAnswers(session.id);
  const people = useSessionParticipants(session.id);
  // Those who answered alone on this device: paper forms typed in are not counted here.
  const alone = new Set(people?.filter((p) => p.session?.via !== 'paper').map((p) => p.id));
  const answered = stored ? [...stored.participants].filter(([id, answers]) => alone.has(id) && answers.size > 0).length : 0;
  const chosen = session.workshop?.roundItems ?? [];
  const items = roundItems(template, chosen);
  const [phase, setPhase] = useState<Phase>(() => (items.length ? { kind: 'locked' } : { kind: 'setup' }));
  const [starting, setStarting] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const full = useFullScreen(stage);
  const covering = phase.kind !== 'setup';
  useFocusInside(stage, covering);

  const begin = (ids: string[]) => {
    void actions.setState(session.id, { roundItems: ids });
    setPhase({ kind: 'locked' });
    full.start();
  };
  const nextPerson = async () => {
    setStarting(true);
    // A refused write is reported by the app's write-failure notice; the next person can try again.
    try {
      const participantId = await actions.addParticipant(session.id, 'round');
      setPhase({ kind: 'answering', participantId });
    } finally {
      setStarting(false);
    }
  };
  const end = () => {
    full.stop();
    setPhase({ kind: 'setup' });
  };

  if (!stored) return <p>{t('common.loading')}</p>;
  // Nobody answers before the group has agreed to go ahead (the presenter's first slide).
  if (!sessionConsented(template, stored.group)) {
    return (
      <div className="ws-round-page">
        <Page title={t('workshop.round.title')} before={<Link href={`/${session.id}`}>{t('workshop.backToSession', { code: session.code })}</Link>}>
          <ConsentFirst sessionId={session.id} code={session.code} />
        </Page>
      </div>
    );
  }

  return (
    <div
      ref={stage}
      className={covering ? 'ws-stage ws-stage-full ws-round' : 'ws-round-page'}
      role={covering ? 'dialog' : undefined}
      aria-modal={covering || undefined}
      aria-label={covering ? t('workshop.round.title') : undefined}
    >
      {phase.kind === 'setup' ? (
        <Page title={t('workshop.round.title')} before={<Link href={`/${session.id}`}>{t('workshop.backToSession', { code: session.code })}</Link>}>
          <p>{t('workshop.round.intro')}</p>
          <RoundSetup template={template} chosen={chosen} onStart={begin} />
        </Page>
      ) : phase.kind === 'locked' ? (
        <LockScreen answered={answered} starting={starting} onNext={() => void nextPerson()} onEnd={end} />
      ) : (
        <PrivateForm key={phase.participantId} auditId={audit.id} participantId={phase.participantId} template={template} items={items} onDone={() => setPhase({ kind: 'locked' })} />
      )}
    </div>
  );
}
