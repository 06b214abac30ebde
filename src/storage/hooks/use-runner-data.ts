import { useEffect, useState } from 'react';
import { useDatabase } from '../database-context';
import type { RunnerData } from '../repositories/runner-data';
import { takeRunnerData } from '../runner-preload';

/**
 * A questionnaire's data, read once when it opens (null when missing, undefined while
 * loading). Later changes arrive through the form and, from other tabs, the answer channel.
 */
export function useRunnerData(auditId: string, respondentId: string): RunnerData | null | undefined {
  const db = useDatabase();
  const [state, setState] = useState<{ key: string; data: RunnerData | null }>();
  const key = `${auditId}/${respondentId}`;
  useEffect(() => {
    let live = true;
    void takeRunnerData(db, auditId, respondentId).then((data) => live && setState({ key: `${auditId}/${respondentId}`, data }));
    return () => {
      live = false;
    };
  }, [db, auditId, respondentId]);
  return state?.key === key ? state.data : undefined;
}
