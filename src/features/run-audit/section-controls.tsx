import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from '../../components/use-translation';
import type { Template } from '../../domain/runtime';
import type { RespondentRecord } from '../../storage';

interface SectionControlsProps {
  template: Template;
  index: number;
  respondent: RespondentRecord;
  onGo: (sectionId: string) => void;
  onToggleExcluded: (excluded: string[]) => void;
  onComplete: () => void;
  onReopen: () => void;
}

export function SectionControls({ template, index, respondent, onGo, onToggleExcluded, onComplete, onReopen }: SectionControlsProps) {
  const { t } = useTranslation();
  // Marking complete (or not) replaces the button pressed: the focus goes to the one that takes its place.
  const handOver = useRef(false);
  const takeFocus = useCallback((button: HTMLButtonElement | null) => {
    if (!button || !handOver.current) return;
    handOver.current = false;
    button.focus();
  }, []);
  const section = template.sections[index];
  // Another section starts with nothing to hand over (a refused attempt leaves the focus on its problems).
  const sectionId = section?.id;
  useEffect(() => {
    handOver.current = false;
  }, [sectionId]);
  if (!section) return null;
  const previous = template.sections[index - 1];
  const next = template.sections[index + 1];
  const complete = respondent.completedSections.includes(section.id);
  const excluded = respondent.excludedSections.includes(section.id);
  return (
    <div className="section-controls">
      <div className="control-row">
        {complete ? (
          <>
            <span className="badge">{t('runner.completeState')}</span>
            <button type="button" ref={takeFocus} onClick={() => ((handOver.current = true), onReopen())}>
              {t('runner.reopen')}
            </button>
          </>
        ) : excluded ? null : (
          <button type="button" className="primary" ref={takeFocus} onClick={() => ((handOver.current = true), onComplete())}>
            {t('runner.markComplete')}
          </button>
        )}
        <button
          type="button"
          className="quiet"
          onClick={() => onToggleExcluded(excluded ? respondent.excludedSections.filter((s) => s !== section.id) : [...respondent.excludedSections, section.id])}
        >
          {excluded ? t('runner.includeAgain') : t('runner.leaveOut')}
        </button>
      </div>
      <div className="control-row">
        {previous ? (
          <button type="button" onClick={() => onGo(previous.id)}>
            {t('runner.previous')}
          </button>
        ) : null}
        {next ? (
          <button type="button" className="primary" onClick={() => onGo(next.id)}>
            {t('runner.next')}
          </button>
        ) : (
          <p className="muted">{t('runner.endReached')}</p>
        )}
      </div>
    </div>
  );
}
