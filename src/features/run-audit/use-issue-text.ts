import type { TFunction } from 'i18next';
import { useTranslation } from '../../components/use-translation';
import type { DecodedIssue } from './issue-message';

/** The words for an answer problem, in the language of `t`. Counts pick their plural ("at most 1 entry"). */
export function issueText(t: TFunction, issue: DecodedIssue | undefined): string | undefined {
  if (!issue) return undefined;
  if (issue.code === 'incomplete-rows') return t('runner.issues.incomplete-rows', { count: Number(issue.params.missing ?? 0) });
  if (issue.code === 'exclusive-with-others') return t('runner.issues.exclusive-generic');
  if (issue.code === 'too-few-entries') return t('runner.issues.too-few-entries', { ...issue.params, count: Number(issue.params.min ?? 0) });
  if (issue.code === 'too-many-entries') return t('runner.issues.too-many-entries', { ...issue.params, count: Number(issue.params.max ?? 0) });
  return t(`runner.issues.${issue.code}`, issue.params);
}

/** issueText in the person's language. */
export function useIssueText(): (issue: DecodedIssue | undefined) => string | undefined {
  const { t } = useTranslation();
  return (issue) => issueText(t, issue);
}
