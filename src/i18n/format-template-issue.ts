import type { i18n } from 'i18next';
import type { Expectation } from '../domain/bundle/answer-fit';
import { formatIssuePath, type TemplateIssue } from '../domain/template/template-issue';

/** JSON type names the engine puts in `expected` and `received`; each has words in every language. */
const TYPE_NAMES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** "array | object" -> "a list [ … ] or an object { … }": the engine's alternatives in words. */
function alternatives(value: string, i18n: i18n, typeNames: boolean): string {
  const t = i18n.t.bind(i18n);
  const parts = value.split(' | ').map((name) => (typeNames && TYPE_NAMES.has(name) ? t(`templateIssues.types.${name as 'string'}`) : name));
  const last = parts.pop() ?? '';
  return parts.length === 0 ? last : t('templateIssues.alternatives', { list: parts.join(', '), last });
}

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
  if (issue.code === 'answer-does-not-fit' && typeof params.expected === 'string') {
    params.expected = t(`templateIssues.expect.${params.expected as Expectation}`, params);
  }
  const typeNames = issue.code === 'wrong-type' || issue.code === 'missing';
  for (const key of ['expected', 'received']) {
    const value = params[key];
    if (typeof value === 'string' && (typeNames || issue.code === 'wrong-reference-kind')) params[key] = alternatives(value, i18n, typeNames);
  }
  return t('templateIssues.line', { location, message: t(`templateIssues.codes.${issue.code}`, params) });
}
