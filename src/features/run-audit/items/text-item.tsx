import { useTranslation } from '../../../components/use-translation';
import { useFormatters } from '../../../components/use-formatters';
import type { FieldItem, Item } from '../../../domain/runtime';
import { IdentityHint, identityHintShown } from '../../../components/identity-hint';
import { ItemFrame } from '../item-frame';
import { useAnswer } from '../use-answer';

type TextLike = Extract<Item | FieldItem, { type: 'text' | 'long-text' }>;

export function TextItem({ item, answerKey }: { item: TextLike; answerKey: string }) {
  const field = useAnswer(answerKey);
  const value = typeof field.answer?.value === 'string' ? field.answer.value : '';
  const maxLength = item.maxLength ?? (item.type === 'text' ? 500 : 5000);
  const { t } = useTranslation();
  const format = useFormatters();
  // Near the limit, the count shows; at it, that the box takes no more (a paste is cut there).
  const near = value.length >= Math.floor(maxLength * 0.9);
  const full = value.length >= maxLength;
  const words = { count: format.number(value.length), max: format.number(maxLength) };
  // The count is read with the box (aria-describedby), not on every key; reaching the limit
  // is announced once, by a status present from 90% on.
  const room = (id: string) =>
    near ? (
      <>
        <p id={`${id}-room`} className={full ? 'error-text' : 'help'}>
          {t(full ? 'runner.textFull' : 'runner.textNearFull', words)}
        </p>
        <span role="status" className="visually-hidden">
          {full ? t('runner.textFull', words) : ''}
        </span>
      </>
    ) : null;
  const describe = (id: string, describedBy: string | undefined) => [describedBy, near ? `${id}-room` : undefined, identityHintShown(value) ? `${id}-identity` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <ItemFrame item={item} field={field} group={false}>
      {({ id, describedBy, invalid, disabled }) => (
        <>
          {item.type === 'text' ? (
            <input
              ref={field.bindInput}
              id={id}
              type="text"
              value={value}
              maxLength={maxLength}
              disabled={disabled}
              aria-describedby={describe(id, describedBy)}
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
              aria-describedby={describe(id, describedBy)}
              aria-invalid={invalid || undefined}
              onChange={(e) => field.update({ value: e.target.value })}
            />
          )}
          {room(id)}
          <IdentityHint id={`${id}-identity`} text={value} />
        </>
      )}
    </ItemFrame>
  );
}
