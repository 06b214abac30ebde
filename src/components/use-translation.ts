import { createContext, useContext } from 'react';
import type { i18n, TFunction } from 'i18next';

export interface Translation {
  /** The messages of the language in use (a new function when the language changes). */
  t: TFunction;
  i18n: i18n;
}

export const TranslationContext = createContext<Translation | null>(null);

/**
 * The words of the language in use, from the app's one i18next instance. It is a plain
 * context read: react-i18next's hook of the same name copied every property of the i18next
 * instance for each component as it mounted, about 8 ms of a questionnaire's first render.
 * Components re-render when the language changes, as the context value changes with it.
 */
export function useTranslation(): Translation {
  const value = useContext(TranslationContext);
  if (!value) throw new Error('useTranslation outside the language provider');
  return value;
}
