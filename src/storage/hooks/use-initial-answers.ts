import { useEffect, useState } from 'react';
import type { Answer } from '../../domain';
import { useDatabase } from '../database-context';
import { loadAnswers } from '../repositories/answers-repo';

/**
 * A respondent's answers, read once when the questionnaire opens. Later changes arrive
 * through the form itself and, from other tabs, through the answer channel.
 */
export function useInitialAnswers(respondentId: string): Map<string, Answer> | undefined {
  const db = useDatabase();
  const [answers, setAnswers] = useState<{ id: string; answers: Map<string, Answer> }>();
  useEffect(() => {
    let live = true;
    void loadAnswers(db, respondentId).then((loaded) => live && setAnswers({ id: respondentId, answers: loaded }));
    return () => {
      live = false;
    };
  }, [db, respondentId]);
  return answers?.id === respondentId ? answers.answers : undefined;
}
