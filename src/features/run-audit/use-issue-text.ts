import { useTranslation } from '../../components/use-translation';
import type { DecodedIssue } from './issue-message';

/** The words for an answer problem, in the person's language. */
export function useIssueText(): (issue: DecodedIssue | undefined) => string | undefined {
  const { t } = useTranslation();
  return (issue) => {
    if (!issue) return undefined;
    if (issue.code === 'incomplete-rows') return t('runner.issues.incomplete-rows', { count: Number(issue.params.missing ?? 0) });
    if (issue.code === 'exclusive-with-others') return t('runner.issues.exclusive-generic');
    return t(`runner.issues.${issue.code}`, issue.params);
  };
}
