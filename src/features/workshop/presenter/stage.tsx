import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { LanguageSwitch } from '../../../components/language-switch';
import { useFormatters } from '../../../components/use-formatters';

interface StageProps {
  stageRef: RefObject<HTMLDivElement | null>;
  presenting: boolean;
  code: string;
  sectionTitle: string;
  title: string;
  help?: string;
  /** 1-based position among the items shown, and how many are shown. */
  number: number;
  total: number;
  /** Changes when the slide does, so the question takes focus and is read out. */
  slideKey: string;
  people: ReactNode;
  tools: ReactNode;
  controls: ReactNode;
  announcement: string;
  children: ReactNode;
}

/** The presenter's frame: large type, high contrast, the question first, controls at hand. */
export function Stage({ stageRef, presenting, code, sectionTitle, title, help, number, total, slideKey, people, tools, controls, announcement, children }: StageProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [slideKey, presenting]);
  useEffect(() => {
    document.title = `${title} – ${code}`;
  }, [title, code]);
  return (
    <div
      ref={stageRef}
      className={`ws-stage${presenting ? ' ws-stage-full' : ''}`}
      role={presenting ? 'dialog' : 'region'}
      aria-modal={presenting || undefined}
      aria-labelledby={headingId}
    >
      <div className="ws-stage-bar">
        <p className="ws-stage-context">
          <span className="ws-session-code">{code}</span> <span aria-hidden="true">·</span> <span>{sectionTitle}</span>
        </p>
        <div className="ws-stage-progress">
          <progress max={total} value={number} aria-label={t('workshop.presenter.progress')} />
          <span>{t('workshop.presenter.itemOf', { number: format.number(number), total: format.number(total) })}</span>
        </div>
        {people}
        <div className="ws-stage-tools">
          {tools}
          {presenting ? <LanguageSwitch /> : null}
        </div>
      </div>
      <div className="ws-stage-body">
        <h1 ref={heading} id={headingId} tabIndex={-1} className="ws-question">
          {title}
        </h1>
        {help ? <p className="ws-item-help">{help}</p> : null}
        {children}
      </div>
      <div className="ws-stage-controls">{controls}</div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
