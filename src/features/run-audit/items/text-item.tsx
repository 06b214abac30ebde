import type { FieldItem, Item } from '../../../domain/runtime';
import { ItemFrame } from '../item-frame';
import { useAnswer } from '../use-answer';

type TextLike = Extract<Item | FieldItem, { type: 'text' | 'long-text' }>;

export function TextItem({ item, answerKey }: { item: TextLike; answerKey: string }) {
  const field = useAnswer(answerKey);
  const value = typeof field.answer?.value === 'string' ? field.answer.value : '';
  const maxLength = item.maxLength ?? (item.type === 'text' ? 500 : 5000);
  return (
    <ItemFrame item={item} field={field} group={false}>
      {({ id, describedBy, invalid, disabled }) =>
        item.type === 'text' ? (
          <input
            ref={field.bindInput}
            id={id}
            type="text"
            value={value}
            maxLength={maxLength}
            disabled={disabled}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => field.update({ value: e.target.value })}
          />
        ) : (
          <textarea
            ref={field.bindInput}
            id={id}
            value={value}
            rows={4}
            maxLength={maxLength}
            disabled={disabled}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => field.update({ value: e.target.value })}
          />
        )
      }
    </ItemFrame>
  );
}
