import { useTranslation } from '../../components/use-translation';
import type { OptionLabel } from '../../domain/runtime';
import { useRunner } from './runner-context';

/** Words for an option: template text, the person's "other" text, or a list entry's name. */
export function useOptionText(): (label: OptionLabel) => string {
  const { t } = useTranslation();
  const { text } = useRunner();
  return (label) => {
    switch (label.kind) {
      case 'text':
        return text(label.text);
      case 'other':
        return label.text ? t('common.labelled', { label: t('runner.otherOption'), text: label.text }) : t('runner.otherOption');
      case 'entry':
        return label.text ?? t('runner.list.entryTitle', { item: text(label.itemLabel), number: label.number });
    }
  };
}
