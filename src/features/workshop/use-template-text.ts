import { useCallback } from 'react';
import { useTranslation } from '../../components/use-translation';
import { localize, type LocalizedText, type OptionLabel, type Template } from '../../domain/runtime';
import { useLanguage } from '../../components/language-context';

export type TextOf = (text: LocalizedText | undefined) => string;

/** Template text in the person's language, falling back to the template's own languages. */
export function useTemplateText(template: Template): TextOf {
  const { language } = useLanguage();
  return useCallback((text: LocalizedText | undefined) => localize(text, language, template.languages), [language, template.languages]);
}

/** Words for an option: template text, "Other" with what was typed, or a list entry. */
export function useOptionLabel(text: TextOf): (label: OptionLabel) => string {
  const { t } = useTranslation();
  return useCallback(
    (label: OptionLabel) => {
      if (label.kind === 'text') return text(label.text);
      if (label.kind === 'other') return label.text ? t('workshop.otherWith', { text: label.text }) : t('workshop.other');
      return label.text ?? t('workshop.entry', { item: text(label.itemLabel), number: label.number });
    },
    [t, text],
  );
}
