import { useId, type ReactNode } from 'react';
import { focusOnShow } from '../../components/focus-on-show';
import { useTranslation } from '../../components/use-translation';

interface FileQuestionProps {
  title: string;
  text: string;
  /** The choices, first the main one; "Cancel" comes after them. */
  children: ReactNode;
  onCancel: () => void;
}

/** A question about an opened file (merge or copy, restore a backup), in place, with its choices. */
export function FileQuestion({ title, text, children, onCancel }: FileQuestionProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="outcome info" role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} tabIndex={-1} ref={focusOnShow}>
      <p id={`${id}-title`}>{title}</p>
      <p id={`${id}-text`}>{text}</p>
      <div className="card-actions">
        {children}
        <button type="button" className="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
