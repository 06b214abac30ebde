import { IdentityHint, identityHintShown } from '../../components/identity-hint';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../components/use-translation';
import type { FieldItem, Item, SpecialAnswer } from '../../domain/runtime';
import { groupRecord } from './answer-values';
import { useRunner } from './runner-context';
import type { AnswerField } from './use-answer';
import { useIssueText } from './use-issue-text';

export interface ControlProps {
  /** Id for the control (single-input items) so the label points at it. */
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  /** Set while "don't know" or "prefer not to say" stands in for a value. */
  disabled: boolean;
}

interface ItemFrameProps {
  item: Exclude<Item | FieldItem, { type: 'notice' }>;
  field: AnswerField;
  /** A group of inputs (fieldset and legend) rather than one labelled input. */
  group: boolean;
  children: (props: ControlProps) => ReactNode;
  /** Extra text under the help, e.g. what the ends of a scale mean. */
  hint?: string;
}

/** Label, help, error, "don't know", and a note: the same around every question. */
export function ItemFrame({ item, field, group, children, hint }: ItemFrameProps) {
  const { t } = useTranslation();
  const { text } = useRunner();
  const issueText = useIssueText();
  const id = useId();
  const [noteOpen, setNoteOpen] = useState(false);
  // After "Add a note" the note box takes the focus; after "Remove the note", the button again.
  const focusNext = useRef<'note' | 'add' | null>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = focusNext.current === 'note' ? noteBox.current : focusNext.current === 'add' ? addButton.current : null;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  });
  const { answer, update } = field;
  const error = issueText(field.issue);
  const label = text(item.label);
  const fromWorkshop = groupRecord(field.answer?.group) !== undefined;
  const helpId = item.help || hint || fromWorkshop ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const special = answer?.special;
  const showNote = noteOpen || answer?.note !== undefined;
  const setSpecial = (value: SpecialAnswer, on: boolean) => update({ special: on ? value : undefined });
  // Outside a fieldset, "Don't know" and the note's button are described by their question,
  // so a screen reader says which question they are for.
  const aboutQuestion = group ? undefined : `${id}-label`;
  const heading = (
    <>
      {label}
      {item.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
    </>
  );
  const details = (
    <>
      {helpId ? (
        <p id={helpId} className="help">
          {item.help ? text(item.help) : null}
          {item.help && hint ? ' ' : null}
          {hint}
          {fromWorkshop ? <span className="group-kept">{t('runner.groupKept')}</span> : null}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="error-text">
          {error}
        </p>
      ) : null}
      {children({ id: `${id}-control`, describedBy, invalid: Boolean(error), disabled: special !== undefined })}
      {item.allowDontKnow || item.allowPreferNotToSay ? (
        <div className="specials">
          {item.allowDontKnow ? (
            <label className="inline-check">
              <input type="checkbox" aria-describedby={aboutQuestion} checked={special === 'dont-know'} onChange={(e) => setSpecial('dont-know', e.target.checked)} />
              {t('runner.dontKnow')}
            </label>
          ) : null}
          {item.allowPreferNotToSay ? (
            <label className="inline-check">
              <input type="checkbox" aria-describedby={aboutQuestion} checked={special === 'prefer-not-to-say'} onChange={(e) => setSpecial('prefer-not-to-say', e.target.checked)} />
              {t('runner.preferNotToSay')}
            </label>
          ) : null}
        </div>
      ) : null}
      {showNote ? (
        <div className="note">
          <label htmlFor={`${id}-note`}>{t('runner.noteLabel', { question: label })}</label>
          <textarea
            ref={noteBox}
            id={`${id}-note`}
            rows={2}
            aria-describedby={identityHintShown(answer?.note ?? '') ? `${id}-note-identity` : undefined}
            value={answer?.note ?? ''}
            onChange={(e) => update({ note: e.target.value })}
          />
          <IdentityHint id={`${id}-note-identity`} text={answer?.note ?? ''} />
          <button type="button" className="quiet small" aria-describedby={aboutQuestion} onClick={() => (update({ note: undefined }), setNoteOpen(false), (focusNext.current = 'add'))}>
            {t('runner.removeNote')}
          </button>
        </div>
      ) : (
        <button ref={addButton} type="button" className="quiet small" aria-describedby={aboutQuestion} onClick={() => ((focusNext.current = 'note'), setNoteOpen(true))}>
          {t('runner.addNote')}
        </button>
      )}
    </>
  );
  return group ? (
    <fieldset className={`item${error ? ' has-error' : ''}`} aria-describedby={describedBy}>
      <legend>{heading}</legend>
      {details}
    </fieldset>
  ) : (
    <div className={`item${error ? ' has-error' : ''}`}>
      <label id={`${id}-label`} htmlFor={`${id}-control`} className="item-label">
        {heading}
      </label>
      {details}
    </div>
  );
}
