import { useTranslation } from '../../../components/use-translation';
import type { FieldItem, Item } from '../../../domain/runtime';
import { ItemFrame } from '../item-frame';
import { useAnswer } from '../use-answer';
import { OptionInput } from './option-input';

type YesNo = Extract<Item | FieldItem, { type: 'yes-no' }>;

export function YesNoItem({ item, answerKey }: { item: YesNo; answerKey: string }) {
  const { t } = useTranslation();
  const field = useAnswer(answerKey);
  const value = field.answer?.value;
  return (
    <ItemFrame item={item} field={field} group>
      {({ disabled }) => (
        <div className="options inline">
          {(['yes', 'no'] as const).map((choice, i) => (
            <OptionInput
              key={choice}
              type="radio"
              name={answerKey}
              checked={value === choice}
              disabled={disabled}
              inputRef={i === 0 ? field.bindInput : undefined}
              label={t(`runner.${choice}`)}
              onChange={() => field.update({ value: choice })}
            />
          ))}
        </div>
      )}
    </ItemFrame>
  );
}
