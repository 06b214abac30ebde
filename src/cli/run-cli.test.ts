import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { runCli } from './run-cli';

async function run(argv: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await runCli(argv, { out: () => undefined, err: (line) => err.push(line) });
  return { code, err: err.join('\n') };
}

describe('command line options', () => {
  it('reads the language in both spellings', () => {
    expect(parseArgs(['report', 'a.json', '--lang', 'fr'], {}).language).toBe('fr');
    expect(parseArgs(['report', 'a.json', '--lang=fr'], {}).language).toBe('fr');
  });

  it.each([['de'], ['FR'], ['fr-CA'], ['']])('refuses --lang %j rather than print in English', async (value) => {
    const { code, err } = await run(['report', 'tests/fixtures/example-audit.bundle.json', '--lang', value, '--out', '/nonexistent/x.pdf']);
    expect(code).toBe(2);
    expect(err).toContain(`The language "${value}" is not one the app speaks`);
  });

  it('names an unknown option', async () => {
    const { code, err } = await run(['report', 'tests/fixtures/example-audit.bundle.json', '--langue', 'fr']);
    expect(code).toBe(2);
    expect(err).toContain('Unknown option "--langue".');
  });
});
