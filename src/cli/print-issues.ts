import type { i18n } from 'i18next';
import { MAX_REPORTED_ISSUES, type TemplateIssue } from '../domain';
import { formatTemplateIssue } from '../i18n';

export type Print = (line: string) => void;

/** "✗ file: 3 problems" and one line per problem, in the person's language. */
export function printIssues(file: string, issues: readonly TemplateIssue[], i18n: i18n, print: Print): void {
  print(i18n.t('cli.invalid', { file, count: issues.length }));
  for (const issue of issues) print(`  - ${formatTemplateIssue(issue, i18n)}`);
  if (issues.length >= MAX_REPORTED_ISSUES) print(i18n.t('cli.moreIssues'));
}
