import { useEffect, useState } from 'react';
import { useDatabase } from '../database-context';
import type { RunnerData } from '../repositories/runner-data';
import { forgetRunnerData, peekRunnerData, takeRunnerData } from '../runner-preload';

/**
 * A questionnaire's data, read once when it opens (null when missing, undefined while
 * loading). Later changes arrive through the form and, from other tabs, the answer channel.
 */
export function useRunnerData(auditId: string, respondentId: string): RunnerData | null | undefined {
  const source = useDatabase();
  const key = `${auditId}/${respondentId}`;
  // A deep link's data read while the app loaded is used at once, without a render to wait.
  const [state, setState] = useState<{ key: string; data: RunnerData | null } | undefined>(() => {
    const early = peekRunnerData(auditId, respondentId);
    return early === undefined ? undefined : { key, data: early };
  });
  const has = state?.key === key;
  useEffect(() => {
    if (has) return forgetRunnerData(auditId, respondentId);
    let live = true;
    void takeRunnerData(source, auditId, respondentId).then((data) => live && setState({ key: `${auditId}/${respondentId}`, data }));
    return () => {
      live = false;
    };
  }, [source, auditId, respondentId, has]);
  return state?.key === key ? state.data : undefined;
}
