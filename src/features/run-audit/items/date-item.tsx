import type { FieldItem, Item } from '../../../domain/runtime';
import { ItemFrame } from '../item-frame';
import { useAnswer } from '../use-answer';

type DateLike = Extract<Item | FieldItem, { type: 'date' }>;

export function DateItem({ item, answerKey }: { item: DateLike; answerKey: string }) {
  const field = useAnswer(answerKey);
  const value = typeof field.answer?.value === 'string' ? field.answer.value : '';
  return (
    <ItemFrame item={item} field={field} group={false}>
      {({ id, describedBy, invalid, disabled }) => (
        <input
          ref={field.bindInput}
          id={id}
          type="date"
          value={value}
          min={item.min}
          max={item.max}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => field.update({ value: e.target.value })}
        />
      )}
    </ItemFrame>
  );
}
