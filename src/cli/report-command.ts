import { writeFile } from 'node:fs/promises';
import type { i18n } from 'i18next';
import { MAX_SEALED_CHARACTERS, openAuditText } from '../domain';
import type { Language } from '../i18n';
import { reportInputFromBundle } from '../report/from-bundle';
import { makePlanPdf } from '../report/make-plan-pdf';
import { loadNodeFonts } from './node-fonts';
import { printIssues, type Print } from './print-issues';
import { readTextFile } from './read-text-file';

export interface ReportOptions {
  language: Language;
  /** Where to write the PDF; by default its own name (action-plan-<locality>-<date>.pdf, plan-d-action-… in French) in the current folder. */
  out?: string;
  /** YYYY-MM-DD */
  date: string;
  /** Opens a sealed audit file (from the LSA_PASSPHRASE environment variable, never a flag that shell history keeps). */
  passphrase?: string;
}

const writeReason = (error: unknown) => ((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'notFound' : (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'isDirectory' : 'other');

/** Reads and checks an audit file, analyses it and writes the printed action plan; true on success. */
export async function reportCommand(file: string, options: ReportOptions, i18n: i18n, out: Print, err: Print): Promise<boolean> {
  const t = i18n.t.bind(i18n);
  const read = await readTextFile(file, MAX_SEALED_CHARACTERS);
  if (!read.ok && read.reason === 'tooLarge') {
    printIssues(file, [{ code: 'file-too-large', path: [], params: { size: read.size, max: MAX_SEALED_CHARACTERS } }], i18n, err);
    return false;
  }
  if (!read.ok) {
    err(t('cli.unreadable', { file, reason: t(`cli.reasons.${read.reason}`) }));
    return false;
  }
  const parsed = await openAuditText(read.text, options.passphrase);
  if (!parsed.ok && 'locked' in parsed) {
    err(t(parsed.locked === 'needs-passphrase' ? 'cli.needsPassphrase' : 'cli.wrongPassphrase', { file }));
    return false;
  }
  if (!parsed.ok) {
    printIssues(file, parsed.issues, i18n, err);
    return false;
  }
  if ('backup' in parsed) {
    err(t('cli.backupNotAudit', { file, count: parsed.backup.length }));
    return false;
  }
  const input = reportInputFromBundle(parsed.bundle, options.language, options.date);
  const pdf = await makePlanPdf(input, loadNodeFonts);
  const target = options.out ?? pdf.fileName;
  try {
    await writeFile(target, pdf.bytes);
  } catch (error) {
    err(t('cli.cannotWrite', { file: target, reason: t(`cli.reasons.${writeReason(error)}`) }));
    return false;
  }
  const size = new Intl.NumberFormat(options.language === 'fr' ? 'fr-CA' : 'en-CA').format(Math.ceil(pdf.bytes.length / 1024));
  out(t('cli.reportWritten', { file: target, locality: parsed.bundle.audit.locality, size }));
  return true;
}
