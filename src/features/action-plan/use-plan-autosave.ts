import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ActionPlan } from '../../domain/runtime';

export type PlanSaveState = 'saved' | 'saving' | 'newer-elsewhere';

/**
 * Saves the plan as it is typed, like answers: at once, one write at a time, the latest
 * state next. A save refused because another window saved later reloads that version.
 */
export function usePlanAutosave(form: UseFormReturn<ActionPlan>, save: (plan: ActionPlan) => Promise<boolean>, latest: ActionPlan | null | undefined): PlanSaveState {
  const [state, setState] = useState<PlanSaveState>('saved');
  const pending = useRef<ActionPlan | null>(null);
  const running = useRef(false);
  const lastSaved = useRef(0);

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
      }
      running.current = false;
      setState((s) => (s === 'newer-elsewhere' ? s : 'saved'));
    };
    const subscription = form.watch((values, info) => {
      // A reset (loading a newer plan) is not an edit: saving it back would echo between windows.
      if (!info.name) return;
      pending.current = { ...(values as ActionPlan), updatedAt: Date.now() };
      void drain();
    });
    return () => subscription.unsubscribe();
  }, [form, save]);

  // A newer plan from another window (or an override from the analysis) replaces the form.
  useEffect(() => {
    if (latest && latest.updatedAt > lastSaved.current && !running.current && !pending.current) {
      lastSaved.current = latest.updatedAt;
      form.reset(latest);
    }
  }, [latest, form]);

  return state;
}
