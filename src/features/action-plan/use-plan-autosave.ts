import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ActionPlan } from '../../domain/runtime';
import { samePlanContent, type PlanJournal, type PlanSaver } from '../../storage';

export type PlanSaveState = 'saved' | 'saving' | 'newer-elsewhere';

/**
 * Saves the plan as it is typed, like answers: at once, one write at a time, the latest
 * state next. Each save names the stored plan the form's content started from, so that an
 * edit saved meanwhile elsewhere (another tab, a change of priority on the analysis screen)
 * is merged with it rather than overwritten; the form then shows the merge.
 */
export function usePlanAutosave(
  form: UseFormReturn<ActionPlan>,
  save: PlanSaver,
  initial: ActionPlan,
  latest: ActionPlan | null | undefined,
  journal: PlanJournal,
  element: RefObject<HTMLElement | null>,
): { state: PlanSaveState; onLeave: () => void } {
  const [state, setState] = useState<PlanSaveState>('saved');
  const pending = useRef<ActionPlan | null>(null);
  const running = useRef(false);
  const lastSaved = useRef(initial.updatedAt);
  // The stored plan the form's content started from; every save names it.
  const base = useRef(initial);
  // A plan with more than the form (a merge, another window's save), shown once nobody is typing in the form.
  const waiting = useRef<ActionPlan | null>(null);
  const showWaiting = useCallback(() => {
    const plan = waiting.current;
    if (!plan || running.current || pending.current || element.current?.contains(document.activeElement)) return;
    // Resetting the form under the person's fingers would lose the focus and the keys after it.
    waiting.current = null;
    base.current = plan;
    form.reset(plan);
  }, [form, element]);
  // The newest plan typed and not yet committed: kept on the device if the page goes away now.
  const unsaved = useRef<ActionPlan | null>(null);

  useEffect(() => {
    const drain = async () => {
      if (running.current) return;
      running.current = true;
      // What is stored when it holds more than the form (another edit merged in), else null.
      let merged: ActionPlan | null = null;
      while (pending.current) {
        const next = pending.current;
        pending.current = null;
        setState('saving');
        const stored = await save(next, base.current);
        if (stored === null) setState('newer-elsewhere');
        else {
          lastSaved.current = stored.updatedAt;
          // Edits typed meanwhile still start from the old base until the form shows the merge.
          merged = samePlanContent(stored, next) ? null : stored;
          if (!merged) base.current = stored;
        }
        if (unsaved.current && unsaved.current.updatedAt <= next.updatedAt) unsaved.current = null;
        journal.committed(next.updatedAt);
      }
      running.current = false;
      // Saved as typed: nothing to show. Merged: the merge is shown when the person is not typing.
      waiting.current = merged;
      showWaiting();
      setState((s) => (s === 'newer-elsewhere' ? s : 'saved'));
    };
    const subscription = form.watch((values, info) => {
      // A reset (loading a newer plan) is not an edit: saving it back would echo between windows.
      if (!info.name) return;
      pending.current = { ...(values as ActionPlan), updatedAt: Date.now() };
      unsaved.current = pending.current;
      void drain();
    });
    const onPageHide = () => unsaved.current && journal.keep(unsaved.current, base.current);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [form, save, journal, showWaiting]);

  // A newer plan from another window (or an override from the analysis) replaces the form.
  useEffect(() => {
    if (latest && latest.updatedAt > lastSaved.current && !running.current && !pending.current) {
      lastSaved.current = latest.updatedAt;
      waiting.current = latest;
      showWaiting();
    }
  }, [latest, showWaiting]);

  return { state, onLeave: showWaiting };
}
