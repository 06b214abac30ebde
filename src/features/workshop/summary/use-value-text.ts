import { useTranslation } from '../../../components/use-translation';
import type { AnswerValue, Item, ResolvedOption } from '../../../domain/runtime';
import { useFormatters } from '../../../components/use-formatters';
import { useOptionLabel, type TextOf } from '../use-template-text';

/** A consensus answer in words: option names, yes or no, a scale point, a date or a number. */
export function useValueText(text: TextOf): (item: Item, value: AnswerValue, options: readonly ResolvedOption[], rows?: readonly ResolvedOption[]) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  const optionLabel = useOptionLabel(text);
  return (item, value, options, rows = []) => {
    const nameOf = (id: string, list: readonly ResolvedOption[] = options) => {
      const option = list.find((o) => o.id === id);
      return option ? optionLabel(option.label) : id;
    };
    if (item.type === 'yes-no') return value === 'yes' ? t('workshop.yes') : t('workshop.no');
    if (item.type === 'date' && typeof value === 'string') return format.date(value);
    if (typeof value === 'number') return format.number(value);
    if (typeof value === 'boolean') return value ? t('workshop.summary.agreed') : '';
    if (typeof value === 'string') return item.type === 'single-choice' ? nameOf(value) : value;
    if (Array.isArray(value)) return value.map((id) => nameOf(id)).join('; ');
    return Object.entries(value)
      .map(([rowId, cell]) => `${nameOf(rowId, rows)}: ${Array.isArray(cell) ? cell.map((c) => nameOf(c)).join(', ') : typeof cell === 'number' ? format.number(cell) : nameOf(cell)}`)
      .join('; ');
  };
}
