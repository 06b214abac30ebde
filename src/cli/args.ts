import { isSupportedLanguage, type Language } from '../i18n';

export interface CliArgs {
  command?: string;
  files: string[];
  language: Language;
  out?: string;
  /** The report's generation date (YYYY-MM-DD); today when absent. */
  date?: string;
  /** A --lang value the app has no words for ("de", "FR"): refused rather than ignored. */
  badLanguage?: string;
  /** A flag the command line does not know ("--langue"). */
  unknownFlag?: string;
}

/** Small on purpose: two commands and three flags do not need a parser library. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  const files: string[] = [];
  let language: Language = isSupportedLanguage(env.LSA_LANG) ? env.LSA_LANG : 'en';
  let out: string | undefined;
  let date: string | undefined;
  let command: string | undefined;
  let badLanguage: string | undefined;
  let unknownFlag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[++i];
      if (isSupportedLanguage(value)) language = value;
      else badLanguage ??= value ?? '';
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      out = arg.includes('=') ? arg.slice('--out='.length) : argv[++i];
    } else if (arg === '--date' || arg.startsWith('--date=')) {
      date = arg.includes('=') ? arg.slice('--date='.length) : argv[++i];
    } else if (arg.startsWith('--') && arg !== '--help') {
      unknownFlag ??= arg;
    } else if (command === undefined) {
      command = arg;
    } else {
      files.push(arg);
    }
  }
  return { command, files, language, out, date, ...(badLanguage !== undefined ? { badLanguage } : {}), ...(unknownFlag !== undefined ? { unknownFlag } : {}) };
}
