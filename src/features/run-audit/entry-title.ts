import type { TFunction } from 'i18next';
import type { AnswerValue } from '../../domain/runtime';

/** A list entry as its list heads it: "Partner 2: Police", or "Partner 2" while unnamed. */
export function entryTitle(t: TFunction, item: string, number: number, name: AnswerValue | undefined): string {
  const label = typeof name === 'string' && name.trim() ? name.trim() : undefined;
  return label ? t('runner.list.entryNamed', { item, number, name: label }) : t('runner.list.entryTitle', { item, number });
}
