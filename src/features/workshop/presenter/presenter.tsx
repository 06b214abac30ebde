import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { computeVisibility, type Answer } from '../../../domain/runtime';
import { consentSlide, sessionSlides, settleSlide, stepSlide, type Slide } from '../../../domain/workshop';
import { useWorkshopActions } from '../../../storage';
import { useAnswers } from '../use-answers';
import type { SessionData } from '../use-session';
import { useTemplateText } from '../use-template-text';
import { PeoplePresent } from './people-present';
import { PresenterControls } from './presenter-controls';
import { SlideBody } from './slide-body';
import { Stage } from './stage';
import { usePresenterKeys } from './use-presenter-keys';
import { useFullScreen } from '../use-full-screen';
import { useTimer } from './use-timer';

const COUNTED = new Set(['single-choice', 'multi-choice', 'yes-no', 'rating']);

/** A facilitated session: one item at a time for the room, answered together. */
export function Presenter({ audit, session, template, initial }: SessionData) {
  const { t } = useTranslation();
  const text = useTemplateText(template);
  const actions = useWorkshopActions();
  const { answers, save, flush, status } = useAnswers(audit.id, session.id, initial, template);
  const slides = useMemo(() => sessionSlides(template), [template]);
  const consent = consentSlide(slides);
  const visibility = useMemo(() => computeVisibility(template, answers), [template, answers]);
  const isVisible = useCallback((s: Slide) => visibility.isItemVisible(s.item.id), [visibility]);
  const [position, setPosition] = useState(() => ({ index: settleSlide(slides, isVisible, session.workshop?.itemIndex ?? 0), revealed: session.workshop?.revealed ?? false }));
  const [announcement, setAnnouncement] = useState('');
  const [blocked, setBlocked] = useState(false);
  const timer = useTimer();
  const stageRef = useRef<HTMLDivElement>(null);
  const presenting = useFullScreen(stageRef);

  const slide = slides[position.index];
  const needsConsent = slide !== undefined && slide === consent && slide.item.type === 'notice' && Boolean(slide.item.required && slide.item.acknowledge) && answers.get(slide.item.id)?.value !== true;
  const moveTo = (index: number, revealed: boolean) => {
    // A count announced on one question is not read again, out of place, on the next.
    if (index !== position.index) setAnnouncement('');
    setPosition({ index, revealed });
    void actions.setState(session.id, { itemIndex: index, revealed });
  };
  const go = (direction: 1 | -1) => {
    if (direction === 1 && needsConsent) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    const next = stepSlide(slides, isVisible, position.index, direction);
    if (next === position.index) return;
    timer.reset();
    moveTo(next, false);
  };
  const reveal = () => moveTo(position.index, !position.revealed);
  usePresenterKeys({ next: () => go(1), previous: () => go(-1), reveal, timer: timer.toggle, escape: presenting.on ? presenting.stop : undefined });

  if (!slide) return <p>{t('workshop.presenter.empty')}</p>;
  const shown = slides.filter(isVisible);
  const number = Math.max(1, shown.indexOf(slide) + 1);
  const item = slide.item;
  const title = item.type === 'notice' ? text(item.title) || t('workshop.presenter.notice') : text(item.label);
  const help = item.type === 'notice' ? undefined : text(item.help) || undefined;
  const section = template.sections.find((s) => s.id === slide.sectionId);
  const onChange = (answer: Answer | undefined) => {
    if (blocked) setBlocked(false);
    save(item.id, answer);
  };

  return (
    <Stage
      stageRef={stageRef}
      presenting={presenting.on}
      code={session.code}
      sectionTitle={text(section?.title)}
      title={title}
      help={help}
      number={number}
      total={shown.length}
      slideKey={`${position.index}`}
      announcement={announcement}
      people={<PeoplePresent value={session.participants} onChange={(n) => void actions.setParticipants(session.id, n)} />}
      tools={
        <button type="button" onClick={presenting.on ? presenting.stop : presenting.start}>
          {presenting.on ? t('workshop.presenter.exitFullScreen') : t('workshop.presenter.fullScreen')}
        </button>
      }
      controls={
        <PresenterControls
          sessionId={session.id}
          atStart={stepSlide(slides, isVisible, position.index, -1) === position.index}
          atEnd={stepSlide(slides, isVisible, position.index, 1) === position.index}
          revealed={position.revealed}
          revealable={COUNTED.has(item.type)}
          blockedReason={blocked && needsConsent ? t('workshop.consent.needed') : undefined}
          timer={timer}
          status={status}
          onPrevious={() => go(-1)}
          onNext={() => go(1)}
          onReveal={reveal}
          onRetry={() => void flush()}
        />
      }
    >
      {isVisible(slide) ? null : <p className="ws-warning">{t('workshop.presenter.noLongerApplies')}</p>}
      <SlideBody
        slide={slide}
        consent={slide === consent}
        template={template}
        answers={answers}
        visibility={visibility}
        participants={session.participants}
        revealed={position.revealed}
        text={text}
        formHref={`~/audits/${audit.id}/respondents/${session.id}`}
        onChange={onChange}
        announce={setAnnouncement}
      />
    </Stage>
  );
}
