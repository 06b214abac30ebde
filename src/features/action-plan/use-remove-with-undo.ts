import { useFormContext } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import { useNotify } from '../../components/notifications';
import { MAX_ACTIONS, MAX_INDICATORS, type ActionPlan } from '../../domain';

type Kind = 'actions' | 'indicators';

/** `entry` put back at `index` of `list`, unless the list is full again. */
const putBack = <T,>(list: readonly T[], index: number, entry: T, limit: number): T[] | undefined => (list.length >= limit ? undefined : [...list.slice(0, index), entry, ...list.slice(index)]);

/**
 * Removing an action or an indicator, with "Undo" for ten seconds, as a priority has: the
 * entry comes back in its place within its priority, wherever that priority has moved.
 */
export function useRemoveWithUndo(kind: Kind, priority: number): (index: number, remove: (index: number) => void) => void {
  const { t } = useTranslation();
  const notify = useNotify();
  const { getValues, setValue } = useFormContext<ActionPlan>();
  return (index, remove) => {
    const priorityId = getValues(`priorities.${priority}.id`);
    const action = getValues(`priorities.${priority}.actions.${index}`);
    const indicator = getValues(`priorities.${priority}.indicators.${index}`);
    remove(index);
    const undo = () => {
      const at = getValues('priorities').findIndex((p) => p.id === priorityId);
      if (at < 0) return;
      const options = { shouldDirty: true };
      let first: string;
      if (kind === 'actions') {
        const list = putBack(getValues(`priorities.${at}.actions`), index, action, MAX_ACTIONS);
        if (!list) return notify({ message: t('plan.undoFull') });
        setValue(`priorities.${at}.actions`, list, options);
        first = `priorities.${at}.actions.${index}.description`;
      } else {
        const list = putBack(getValues(`priorities.${at}.indicators`), index, indicator, MAX_INDICATORS);
        if (!list) return notify({ message: t('plan.undoFull') });
        setValue(`priorities.${at}.indicators`, list, options);
        first = `priorities.${at}.indicators.${index}.name`;
      }
      // The focus goes into the entry that came back, not to the page (the Undo button is gone).
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
    };
    const params = { number: index + 1, priority: priority + 1 };
    notify({ message: kind === 'actions' ? t('plan.actionRemoved', params) : t('plan.indicatorRemoved', params), action: { label: t('common.undo'), run: undo }, timeout: 10_000 });
  };
}
