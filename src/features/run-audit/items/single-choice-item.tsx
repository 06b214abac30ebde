import { useCallback, useRef } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { OTHER_OPTION_ID, type FieldItem, type Item, type ResolvedOption } from '../../../domain/runtime';
import { ItemFrame } from '../item-frame';
import { useAnswer } from '../use-answer';
import { useOptionText } from '../use-option-text';
import { OptionInput } from './option-input';
import { OtherText, useRememberedOther } from './other-text';
import { WaitingHint, isWaiting } from './waiting-hint';

type Single = Extract<Item | FieldItem, { type: 'single-choice' }>;

export function SingleChoiceItem({ item, answerKey, options }: { item: Single; answerKey: string; options: readonly ResolvedOption[] }) {
  const { t } = useTranslation();
  const field = useAnswer(answerKey);
  const optionText = useOptionText();
  const selected = typeof field.answer?.value === 'string' ? field.answer.value : undefined;
  const dropdown = item.display === 'dropdown';
  const otherText = useRememberedOther(field.answer?.other);
  const choose = (id: string | undefined) => field.update({ value: id, other: id === OTHER_OPTION_ID && item.other ? otherText.text() : undefined });
  // "Clear the answer" goes away once used: the focus moves to the first option, not the page.
  const firstOption = useRef<HTMLInputElement | null>(null);
  const { bindInput } = field;
  const bindFirst = useCallback(
    (input: HTMLInputElement | null) => {
      firstOption.current = input;
      bindInput(input);
    },
    [bindInput],
  );
  if (isWaiting(item.options, options, item.other === true)) {
    return (
      <ItemFrame item={item} field={field} group>
        {() => <WaitingHint source={item.options} />}
      </ItemFrame>
    );
  }
  return (
    <ItemFrame item={item} field={field} group={!dropdown}>
      {({ id, describedBy, invalid, disabled }) => (
        <>
          {dropdown ? (
            <select
              ref={field.bindInput}
              id={id}
              value={selected ?? ''}
              disabled={disabled}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => choose(e.target.value || undefined)}
            >
              <option value="">{t('runner.choose')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {optionText(o.label)}
                </option>
              ))}
            </select>
          ) : (
            <div className="options">
              {options.map((o, i) => (
                <OptionInput
                  key={o.id}
                  type="radio"
                  name={answerKey}
                  checked={selected === o.id}
                  disabled={disabled}
                  inputRef={i === 0 ? bindFirst : undefined}
                  label={optionText(o.label)}
                  onChange={() => choose(o.id)}
                />
              ))}
              {selected !== undefined && !disabled ? (
                <button type="button" className="quiet small" onClick={() => (choose(undefined), firstOption.current?.focus())}>
                  {t('runner.clearChoice')}
                </button>
              ) : null}
            </div>
          )}
          {selected === OTHER_OPTION_ID && item.other ? <OtherText value={field.answer?.other ?? ''} disabled={disabled} onChange={(other) => (otherText.typed(other), field.update({ other }))} /> : null}
        </>
      )}
    </ItemFrame>
  );
}
