import { useTranslation } from '../../../components/use-translation';
import { OTHER_OPTION_ID, indexTemplate, type OptionSource, type ResolvedOption } from '../../../domain/runtime';
import { useRunner } from '../runner-context';

/** Why a question drawn from an earlier answer has nothing to offer yet. */
export function WaitingHint({ source }: { source: OptionSource }) {
  const { t } = useTranslation();
  const { template, text } = useRunner();
  if (Array.isArray(source) || 'list' in source) return null;
  const id = 'fromAnswer' in source ? source.fromAnswer : source.fromEntries;
  const ref = indexTemplate(template).items.get(id);
  const label = ref && 'label' in ref.item ? text(ref.item.label) : id;
  return <p className="help waiting">{'fromAnswer' in source ? t('runner.waitingFor', { source: label }) : t('runner.waitingForEntries', { source: label })}</p>;
}

/**
 * A question drawn from an earlier answer or list that has nothing to offer yet: no
 * options, or only its own "Other" (a carried-over "Other" is a real choice).
 */
export function isWaiting(source: OptionSource, options: readonly ResolvedOption[], ownOther = false): boolean {
  if (Array.isArray(source) || 'list' in source) return false;
  return options.every((o) => ownOther && o.id === OTHER_OPTION_ID);
}
