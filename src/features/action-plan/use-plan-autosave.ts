import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ActionPlan } from '../../domain/runtime';
import type { PlanJournal } from '../../storage';

export type PlanSaveState = 'saved' | 'saving' | 'newer-elsewhere';

/**
 * Saves the plan as it is typed, like answers: at once, one write at a time, the latest
 * state next. A save refused because another window saved later reloads that version.
 */
export function usePlanAutosave(form: UseFormReturn<ActionPlan>, save: (plan: ActionPlan) => Promise<boolean>, latest: ActionPlan | null | undefined, journal: PlanJournal): PlanSaveState {
  const [state, setState] = useState<PlanSaveState>('saved');
  const pending = useRef<ActionPlan | null>(null);
  const running = useRef(false);
  const lastSaved = useRef(0);
  // The newest plan typed and not yet committed: kept on the device if the page goes away now.
  const unsaved = useRef<ActionPlan | null>(null);

  useEffect(() => {
    const drain = async () => {
      if (running.current) return;
      running.current = true;
      while (pending.current) {
        const next = pending.current;
        pending.current = null;
        setState('saving');
        const ok = await save(next);
        if (ok) lastSaved.current = next.updatedAt;
        else setState('newer-elsewhere');
        if (unsaved.current && unsaved.current.updatedAt <= next.updatedAt) unsaved.current = null;
        journal.committed(next.updatedAt);
      }
      running.current = false;
      setState((s) => (s === 'newer-elsewhere' ? s : 'saved'));
    };
    const subscription = form.watch((values, info) => {
      // A reset (loading a newer plan) is not an edit: saving it back would echo between windows.
      if (!info.name) return;
      pending.current = { ...(values as ActionPlan), updatedAt: Date.now() };
      unsaved.current = pending.current;
      void drain();
    });
    const onPageHide = () => unsaved.current && journal.keep(unsaved.current);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [form, save, journal]);

  // A newer plan from another window (or an override from the analysis) replaces the form.
  useEffect(() => {
    if (latest && latest.updatedAt > lastSaved.current && !running.current && !pending.current) {
      lastSaved.current = latest.updatedAt;
      form.reset(latest);
    }
  }, [latest, form]);

  return state;
}
