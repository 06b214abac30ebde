/** Why a template was rejected: a code the UI and the CLI turn into words, and where. */
export const TEMPLATE_ISSUE_CODES = [
  'empty-file',
  'file-too-large',
  'invalid-json',
  'too-deep',
  'forbidden-key',
  'not-an-object',
  'missing',
  'wrong-type',
  'unknown-key',
  'invalid-value',
  'unsupported-format-version',
  'unknown-item-type',
  'invalid-id',
  'invalid-version',
  'invalid-language-code',
  'invalid-date',
  'invalid-text',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'too-small',
  'too-large',
  'not-an-integer',
  'no-matching-shape',
  'duplicate-language',
  'duplicate-id',
  'duplicate-option-id',
  'reserved-option-id',
  'missing-translation',
  'undeclared-language',
  'unknown-option-list',
  'unknown-reference',
  'self-reference',
  'forward-reference',
  'reference-cycle',
  'out-of-scope-reference',
  'wrong-reference-kind',
  'condition-type-mismatch',
  'unknown-option-in-condition',
  'unknown-field',
  'label-field-not-text',
  'min-greater-than-max',
  'notice-needs-acknowledge',
  'not-a-bundle',
  'bundle-not-an-object',
  'unsupported-bundle-version',
  'invalid-template-in-bundle',
  'duplicate-template',
  'unknown-template',
  'duplicate-respondent',
  'duplicate-audit',
  'unknown-respondent',
  'answer-unknown-question',
  'unknown-section',
  'period-end-before-start',
  'template-not-audit',
  'audit-file-not-template',
  'time-in-future',
  'answer-does-not-fit',
  'dimension-mismatch',
] as const;

export type TemplateIssueCode = (typeof TEMPLATE_ISSUE_CODES)[number];

export type IssuePath = readonly (string | number)[];

export interface TemplateIssue {
  code: TemplateIssueCode;
  /** Where in the JSON, e.g. ["sections", 2, "items", 5, "label", "fr"]. */
  path: IssuePath;
  /** Id of the nearest section or item around the path, to help find it in the file. */
  near?: string;
  params?: Readonly<Record<string, string | number>>;
}

/** `sections[2].items[5].label.fr`; the file root is shown as `(root)` by the formatter. */
export function formatIssuePath(path: IssuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The id of the innermost object along `path` that has one. */
export function nearestId(root: unknown, path: IssuePath): string | undefined {
  let node: unknown = root;
  let found: string | undefined;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') break;
    const id = (node as { id?: unknown }).id;
    if (typeof id === 'string' && id.length <= 64) found = id;
    node = Object.prototype.hasOwnProperty.call(node, segment) ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    const id = (node as { id?: unknown }).id;
    if (typeof id === 'string' && id.length <= 64) found = id;
  }
  return found;
}
