import { memo } from 'react';
import type { FieldItem, Item, ResolvedOption } from '../../domain/runtime';
import { DateItem } from './items/date-item';
import { ListItemView } from './items/list-item';
import { MatrixItem } from './items/matrix-item';
import { MultiChoiceItem } from './items/multi-choice-item';
import { NoticeItem } from './items/notice-item';
import { NumberItem } from './items/number-item';
import { RatingItem } from './items/rating-item';
import { SingleChoiceItem } from './items/single-choice-item';
import { TextItem } from './items/text-item';
import { YesNoItem } from './items/yes-no-item';
import { sameOptions } from './same-options';

export interface ItemViewProps {
  item: Item | FieldItem;
  answerKey: string;
  options: readonly ResolvedOption[];
  rows: readonly ResolvedOption[];
}

function ItemViewInner({ item, answerKey, options, rows }: ItemViewProps) {
  switch (item.type) {
    case 'notice':
      return <NoticeItem item={item} answerKey={answerKey} />;
    case 'text':
    case 'long-text':
      return <TextItem item={item} answerKey={answerKey} />;
    case 'number':
      return <NumberItem item={item} answerKey={answerKey} />;
    case 'date':
      return <DateItem item={item} answerKey={answerKey} />;
    case 'yes-no':
      return <YesNoItem item={item} answerKey={answerKey} />;
    case 'single-choice':
      return <SingleChoiceItem item={item} answerKey={answerKey} options={options} />;
    case 'multi-choice':
      return <MultiChoiceItem item={item} answerKey={answerKey} options={options} />;
    case 'rating':
      return <RatingItem item={item} answerKey={answerKey} />;
    case 'matrix':
      return <MatrixItem item={item} answerKey={answerKey} rows={rows} columns={options} />;
    case 'list':
      return <ListItemView item={item} answerKey={answerKey} />;
  }
}

/** One question; re-renders only when its own answer or what it offers changes. */
export const ItemView = memo(
  ItemViewInner,
  (a, b) => a.item === b.item && a.answerKey === b.answerKey && sameOptions(a.options, b.options) && sameOptions(a.rows, b.rows),
);
