import { createContext, useContext } from 'react';
import type { OptionContext } from '../../domain/runtime';

/** What the current answers make visible and offer; recomputed when a dependency changes. */
export type SectionState = OptionContext;

export const SectionStateContext = createContext<SectionState | null>(null);

export function useSectionState(): SectionState {
  const value = useContext(SectionStateContext);
  if (!value) throw new Error('useSectionState outside a section');
  return value;
}
