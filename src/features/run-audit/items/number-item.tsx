import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../../../components/use-translation';
import { useLanguage } from '../../../components/language-context';
import type { FieldItem, Item } from '../../../domain/runtime';
import { useFormatters } from '../../../components/use-formatters';
import { ItemFrame } from '../item-frame';
import { useRunner } from '../runner-context';
import { useAnswer } from '../use-answer';
import { parseLocalNumber } from './parse-number';

/** The selection in a box's grouped number ("20,065"), moved to the same digits once the separators go. */
function ungroupedSelection(input: HTMLInputElement, language: string): [number, number] {
  const separators = language === 'fr' ? /[\s\u00a0\u202f]/g : /,/g;
  const at = (position: number | null) => input.value.slice(0, position ?? input.value.length).replace(separators, '').length;
  return [at(input.selectionStart), at(input.selectionEnd)];
}

type NumberLike = Extract<Item | FieldItem, { type: 'number' }>;

/** A text box, not type=number: French decimals use a comma, and spinners invite slips. */
export function NumberItem({ item, answerKey }: { item: NumberLike; answerKey: string }) {
  const { t } = useTranslation();
  const { text } = useRunner();
  const format = useFormatters();
  const { language } = useLanguage();
  const field = useAnswer(answerKey);
  const stored = typeof field.answer?.value === 'number' ? field.answer.value : undefined;
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (stored === undefined ? '' : format.exactNumber(stored));
  const unparsable = draft !== null && draft.trim() !== '' && parseLocalNumber(draft, language) === undefined;
  // Text typed in one language is read again in the other: what the box shows as a number is
  // what is stored ("2,0", refused in English, is 2 in French).
  const readIn = useRef(language);
  useEffect(() => {
    if (readIn.current === language) return;
    readIn.current = language;
    if (draft === null) return;
    const value = parseLocalNumber(draft, language);
    if (value !== stored) field.update({ value });
  }, [language, draft, stored, field]);
  const unit = item.unit ? text(item.unit) : undefined;
  return (
    <ItemFrame item={item} field={field} group={false}>
      {({ id, describedBy, invalid, disabled }) => (
        <div className="number-input">
          <input
            ref={field.bindInput}
            id={id}
            type="text"
            inputMode={item.integer ? 'numeric' : 'decimal'}
            value={shown}
            disabled={disabled}
            aria-describedby={[describedBy, unit ? `${id}-unit` : undefined, unparsable ? `${id}-nan` : undefined].filter(Boolean).join(' ') || undefined}
            aria-invalid={invalid || unparsable || undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              // Text that is not a number stores no number: never the last one read ("7" of
              // "7,5" in English), which the audit would count while the box says it is wrong.
              field.update({ value: parseLocalNumber(e.target.value, language) });
            }}
            // While the box has focus it shows the number as typed, without group separators:
            // a digit added to "20,065" must not make "20,0652", which reads as no number.
            // The swap waits for the browser to place the caret or select all (after the focus
            // event), and keeps that selection on the same digits.
            onFocus={(e) => {
              if (draft !== null || stored === undefined) return;
              const input = e.currentTarget;
              const grouped = input.value;
              const editable = format.editableNumber(stored);
              window.setTimeout(() => {
                if (document.activeElement !== input || input.value !== grouped || grouped === editable) return;
                const [start, end] = ungroupedSelection(input, language);
                flushSync(() => setDraft(editable));
                input.setSelectionRange(start, end);
              });
            }}
            // Text that is not a number stays on screen with its message: leaving the box
            // never swaps it silently for the last number read ('3' of '3,5').
            onBlur={() => !unparsable && setDraft(null)}
          />
          {unit ? (
            <span className="unit" id={`${id}-unit`}>
              {unit}
            </span>
          ) : null}
          {unparsable ? (
            <p id={`${id}-nan`} className="error-text">
              {t('runner.numberInvalid')}
            </p>
          ) : null}
        </div>
      )}
    </ItemFrame>
  );
}
