import { useTranslation } from '../../../components/use-translation';
import { OTHER_OPTION_ID, type FieldItem, type Item, type ResolvedOption } from '../../../domain/runtime';
import { ItemFrame } from '../item-frame';
import { useAnswer } from '../use-answer';
import { useOptionText } from '../use-option-text';
import { OptionInput } from './option-input';
import { OtherText, useRememberedOther } from './other-text';
import { WaitingHint, isWaiting } from './waiting-hint';

type Multi = Extract<Item | FieldItem, { type: 'multi-choice' }>;

/** Tick boxes; an exclusive option ("None of these") clears the others and is cleared by them. */
export function MultiChoiceItem({ item, answerKey, options }: { item: Multi; answerKey: string; options: readonly ResolvedOption[] }) {
  const { t } = useTranslation();
  const field = useAnswer(answerKey);
  const optionText = useOptionText();
  const selected = Array.isArray(field.answer?.value) ? (field.answer.value as string[]) : [];
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.id));
  // "Up to 3": once three are ticked, the others wait until one is unticked.
  const full = item.maxSelected !== undefined && selected.length >= item.maxSelected;
  const otherText = useRememberedOther(field.answer?.other);
  const toggle = (id: string, on: boolean) => {
    let next = on ? [...selected.filter((v) => v !== id), id] : selected.filter((v) => v !== id);
    if (on && exclusive.has(id)) next = [id];
    else if (on) next = next.filter((v) => !exclusive.has(v));
    const order = new Map(options.map((o, i) => [o.id, i]));
    next.sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
    field.update({ value: next, other: next.includes(OTHER_OPTION_ID) && item.other ? otherText.text() : undefined });
  };
  return (
    <ItemFrame item={item} field={field} group>
      {({ disabled }) =>
        isWaiting(item.options, options, item.other === true) ? (
          <WaitingHint source={item.options} />
        ) : (
          <>
            <div className="options">
              {options.map((o, i) => (
                <OptionInput
                  key={o.id}
                  type="checkbox"
                  name={answerKey}
                  checked={selected.includes(o.id)}
                  disabled={disabled || (full && !selected.includes(o.id) && !exclusive.has(o.id))}
                  inputRef={i === 0 ? field.bindInput : undefined}
                  label={optionText(o.label)}
                  onChange={(on) => toggle(o.id, on)}
                />
              ))}
            </div>
            {full ? <p className="help">{t('runner.maxChosen', { count: item.maxSelected })}</p> : null}
            {selected.includes(OTHER_OPTION_ID) && item.other ? <OtherText value={field.answer?.other ?? ''} disabled={disabled} onChange={(other) => (otherText.typed(other), field.update({ other }))} /> : null}
          </>
        )
      }
    </ItemFrame>
  );
}
