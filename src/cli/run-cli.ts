import { createI18n } from '../i18n';
import { parseArgs } from './args';
import { reportCommand } from './report-command';
import { validateCommand } from './validate-command';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Today in the local time zone, YYYY-MM-DD: the date a coordinator would write on the plan. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

function isRealDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** Runs one command and returns the process exit code: 0 ok, 1 invalid input, 2 misuse. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const i18n = createI18n(args.language);
  const t = i18n.t.bind(i18n);
  if (args.badLanguage !== undefined || args.unknownFlag !== undefined) {
    io.err(args.badLanguage !== undefined ? t('cli.badLanguage', { value: args.badLanguage }) : t('cli.unknownFlag', { flag: args.unknownFlag }));
    io.err(t('cli.usage'));
    return 2;
  }
  try {
    switch (args.command) {
      case 'validate':
        if (args.files.length === 0) {
          io.err(t('cli.noFiles'));
          io.err(t('cli.usage'));
          return 2;
        }
        return (await validateCommand(args.files, i18n, io.out)) ? 0 : 1;
      case 'report': {
        const [file, ...extra] = args.files;
        if (file === undefined || extra.length > 0) {
          io.err(t('cli.noBundle'));
          io.err(t('cli.usage'));
          return 2;
        }
        const date = args.date ?? today();
        if (!isRealDate(date)) {
          io.err(t('cli.badDate', { date }));
          return 2;
        }
        return (await reportCommand(file, { language: args.language, out: args.out, date, passphrase: process.env.LSA_PASSPHRASE }, i18n, io.out, io.err)) ? 0 : 1;
      }
      case undefined:
      case 'help':
      case '--help':
        io.out(t('cli.usage'));
        return args.command === undefined ? 2 : 0;
      default:
        io.err(t('cli.unknownCommand', { command: args.command }));
        io.err(t('cli.usage'));
        return 2;
    }
  } catch (error) {
    // A bad input file is reported above; this is for our own bugs, still without a stack trace.
    io.err(t('cli.unexpected', { message: error instanceof Error ? error.message : String(error) }));
    return 1;
  }
}
