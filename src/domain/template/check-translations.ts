import type { Template } from './template-schema';
import type { IssuePath, TemplateIssue } from './template-issue';

/** Keys whose values are localized texts wherever they appear in a template. */
const LOCALIZED_KEYS = new Set([
  'title', 'description', 'label', 'help', 'text', 'acknowledge', 'unit', 'minLabel', 'maxLabel', 'itemLabel', 'addLabel',
]);

/** Every text a person sees must exist in every declared language, and only those. */
export function checkTranslations(template: Template): TemplateIssue[] {
  const declared = template.languages;
  const issues: TemplateIssue[] = [];
  const stack: { node: unknown; path: IssuePath }[] = [{ node: template, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: IssuePath };
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (LOCALIZED_KEYS.has(key) && path[path.length - 1] !== 'optionLists' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const text = value as Record<string, string>;
        for (const language of declared) {
          if (!Object.prototype.hasOwnProperty.call(text, language)) {
            issues.push({ code: 'missing-translation', path: [...path, key], params: { language } });
          }
        }
        for (const language of Object.keys(text)) {
          if (!declared.includes(language)) issues.push({ code: 'undeclared-language', path: [...path, key, language], params: { language } });
        }
      } else {
        stack.push({ node: value, path: [...path, key] });
      }
    }
  }
  return issues.sort((a, b) => a.path.join('.').localeCompare(b.path.join('.'), 'en', { numeric: true }));
}
