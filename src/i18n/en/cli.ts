export const cli = {
  usage: `Usage:
  npm run audit -- validate FILE... [--lang en|fr]
  npm run audit -- report BUNDLE.json [--lang en|fr] [--out plan.pdf] [--date YYYY-MM-DD]
A file exported with a passphrase opens with that passphrase in the LSA_PASSPHRASE environment variable.`,
  unknownCommand: 'Unknown command "{{command}}".',
  badLanguage: 'The language "{{value}}" is not one the app speaks: use --lang en or --lang fr.',
  unknownFlag: 'Unknown option "{{flag}}".',
  noFiles: 'Name at least one file to validate.',
  valid: '✓ {{file}}: valid template "{{id}}" {{version}} ({{items}} items; languages: {{languages}})',
  invalid_one: '✗ {{file}}: {{count}} problem',
  invalid_other: '✗ {{file}}: {{count}} problems',
  moreIssues: '  … and possibly more; fix these first.',
  unreadable: '✗ {{file}}: cannot be read ({{reason}})',
  reasons: { notFound: 'no such file', isDirectory: 'it is a folder', other: 'read error' },
  summary: '{{valid}} valid, {{invalid}} invalid',
  unexpected: 'Something went wrong: {{message}}',
  noBundle: 'Name one audit file (BUNDLE.json) to make the action plan from.',
  badDate: 'The date "{{date}}" is not a real date written YYYY-MM-DD.',
  reportWritten: '✓ {{file}}: action plan for {{locality}} ({{size}} kB)',
  cannotWrite: '✗ {{file}}: cannot be written ({{reason}})',
  backupNotAudit_one: '✗ {{file}}: this is a backup of {{count}} audit; print the plan from that audit’s own file (overview → Export this audit).',
  backupNotAudit_other: '✗ {{file}}: this is a backup of {{count}} audits; print each plan from that audit’s own file (overview → Export this audit).',
  needsPassphrase: '✗ {{file}}: the file is protected by a passphrase; give it in the LSA_PASSPHRASE environment variable.',
  wrongPassphrase: '✗ {{file}}: LSA_PASSPHRASE does not open this file, or the file was changed after it was saved.',
};
