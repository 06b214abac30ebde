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
  const section = template.sections[index];
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
            <button type="button" onClick={onReopen}>
              {t('runner.reopen')}
            </button>
          </>
        ) : excluded ? null : (
          <button type="button" className="primary" onClick={onComplete}>
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
