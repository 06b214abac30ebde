import type { i18n } from 'i18next';
import { formatIssuePath, type TemplateIssue } from '../domain';

/** "sections[2].items[5].label (in "groups"): The text is missing in language "fr"." */
export function formatTemplateIssue(issue: TemplateIssue, i18n: i18n): string {
  const t = i18n.t.bind(i18n);
  const path = issue.path.length > 0 ? formatIssuePath(issue.path) : t('templateIssues.location.root');
  const location = issue.near ? t('templateIssues.location.near', { path, near: issue.near }) : path;
  const numbers = new Intl.NumberFormat(i18n.language);
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.params ?? {})) params[key] = typeof value === 'number' ? numbers.format(value) : value;
  if (issue.code === 'no-matching-shape' && typeof params.kind === 'string') {
    params.kind = t(`templateIssues.kinds.${params.kind as 'condition'}`, { defaultValue: params.kind });
  }
  return t('templateIssues.line', { location, message: t(`templateIssues.codes.${issue.code}`, params) });
}
