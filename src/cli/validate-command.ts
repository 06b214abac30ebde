import type { i18n } from 'i18next';
import { MAX_FILE_CHARACTERS, parseTemplateText, type Template } from '../domain';
import { printIssues, type Print } from './print-issues';
import { readTextFile } from './read-text-file';

function countItems(template: Template): number {
  return template.sections.reduce((sum, section) => sum + section.items.length, 0);
}

async function validateFile(file: string, i18n: i18n, print: Print): Promise<boolean> {
  const t = i18n.t.bind(i18n);
  const read = await readTextFile(file);
  if (!read.ok && read.reason === 'tooLarge') {
    printIssues(file, [{ code: 'file-too-large', path: [], params: { size: read.size, max: MAX_FILE_CHARACTERS } }], i18n, print);
    return false;
  }
  if (!read.ok) {
    print(t('cli.unreadable', { file, reason: t(`cli.reasons.${read.reason}`) }));
    return false;
  }
  const result = parseTemplateText(read.text);
  if (!result.ok) {
    printIssues(file, result.issues, i18n, print);
    return false;
  }
  const { template } = result;
  print(t('cli.valid', { file, id: template.id, version: template.version, items: countItems(template), languages: template.languages.join(', ') }));
  return true;
}

/** Prints each file's verdict; true when every file is a valid template. */
export async function validateCommand(files: readonly string[], i18n: i18n, print: Print): Promise<boolean> {
  let valid = 0;
  for (const file of files) if (await validateFile(file, i18n, print)) valid++;
  print(i18n.t('cli.summary', { valid, invalid: files.length - valid }));
  return valid === files.length;
}
