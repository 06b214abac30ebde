import { memo } from 'react';
import { useTranslation } from '../../components/use-translation';
import { itemOptions, type Section, type Template } from '../../domain/runtime';
import { ErrorSummary } from './error-summary';
import { ItemView } from './item-view';
import { useRunner } from './runner-context';
import { useSectionState } from './section-state';
import { useProgressiveCount } from './use-progressive-count';

interface SectionViewProps {
  template: Template;
  section: Section;
  excluded: boolean;
  attempt: number;
  onFocusAnswer: (key: string) => void;
}

/**
 * The visible questions of one section, with what each offers given earlier answers. It
 * re-renders only when its props or the section's state change, not with every render of
 * the runner around it.
 */
export const SectionView = memo(function SectionView({ template, section, excluded, attempt, onFocusAnswer }: SectionViewProps) {
  const { t } = useTranslation();
  const { text } = useRunner();
  const state = useSectionState();
  const shown = useProgressiveCount(section.items.length);
  if (!state.visibility.isSectionVisible(section.id)) return <p className="empty">{t('runner.hiddenSection')}</p>;
  return (
    <>
      {section.description ? <p className="section-description">{text(section.description)}</p> : null}
      {excluded ? <p className="empty">{t('runner.leftOutText')}</p> : null}
      <ErrorSummary template={template} attempt={attempt} onFocusAnswer={onFocusAnswer} />
      <div className="items">
        {section.items.slice(0, shown).map((item) => {
          if (!state.visibility.isItemVisible(item.id)) return null;
          const { options, rows } = itemOptions(item, state);
          return (
            <div key={item.id} id={`answer-${item.id}`} className="item-slot" data-name={item.id}>
              <ItemView item={item} answerKey={item.id} options={options} rows={rows} />
            </div>
          );
        })}
      </div>
    </>
  );
});
