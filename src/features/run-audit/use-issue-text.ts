import type { TFunction } from 'i18next';
import { formattersFor, type Formatters } from '../../components/use-formatters';
import { useLanguage } from '../../components/language-context';
import { useTranslation } from '../../components/use-translation';
import type { DecodedIssue } from './issue-message';

const DATE_ISSUES = new Set(['before-min-date', 'after-max-date']);

/** Bounds as the rest of the screen shows numbers and dates ("100,000", "Sep 15, 2026"). */
function shown(issue: DecodedIssue, format: Formatters | undefined): Record<string, string | number> {
  if (!format) return issue.params;
  const out: Record<string, string | number> = { ...issue.params };
  for (const name of ['min', 'max'] as const) {
    const value = out[name];
    if (value === undefined) continue;
    if (DATE_ISSUES.has(issue.code)) out[name] = format.date(String(value));
    else if (typeof value === 'number') out[name] = format.number(value);
  }
  return out;
}

/** The words for an answer problem, in the language of `t`. Counts pick their plural ("at most 1 entry"). */
export function issueText(t: TFunction, issue: DecodedIssue | undefined, format?: Formatters): string | undefined {
  if (!issue) return undefined;
  const params = shown(issue, format);
  if (issue.code === 'incomplete-rows') return t('runner.issues.incomplete-rows', { count: Number(issue.params.missing ?? 0) });
  if (issue.code === 'exclusive-with-others') return t('runner.issues.exclusive-generic');
  if (issue.code === 'too-few-entries') return t('runner.issues.too-few-entries', { ...params, count: Number(issue.params.min ?? 0) });
  if (issue.code === 'too-many-entries') return t('runner.issues.too-many-entries', { ...params, count: Number(issue.params.max ?? 0) });
  return t(`runner.issues.${issue.code}`, params);
}

/** issueText in the person's language. */
export function useIssueText(): (issue: DecodedIssue | undefined) => string | undefined {
  const { t } = useTranslation();
  const format = formattersFor(useLanguage().language);
  return (issue) => issueText(t, issue, format);
}
