import type { FieldItem, Item } from '../../../domain/runtime';
import { ItemFrame } from '../item-frame';
import { useAnswer } from '../use-answer';
import { ScaleOptions } from './scale-options';

type Rating = Extract<Item | FieldItem, { type: 'rating' }>;

export function RatingItem({ item, answerKey }: { item: Rating; answerKey: string }) {
  const field = useAnswer(answerKey);
  return (
    <ItemFrame item={item} field={field} group>
      {({ disabled }) => (
        <ScaleOptions scale={item.scale} name={answerKey} value={field.answer?.value} disabled={disabled} inputRef={field.bindInput} onChange={(value) => field.update({ value })} />
      )}
    </ItemFrame>
  );
}
