import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../../bench/static-server';
import { SECURITY_HEADERS } from '../../../vite.config';
import { testTempDir } from './test-temp-dir';

export interface ServedBuild {
  url: string;
  /** Serve another build from now on (a new version of the app). */
  swap: (root: string) => void;
  close: () => Promise<void>;
}

let nextPort = 4500 + Math.floor(Math.random() * 300);

/** Serves a build from a server the test can stop or switch (unlike the shared preview server). */
export async function serveBuild(root = resolve('dist'), headers: Record<string, string> = {}): Promise<ServedBuild> {
  let current = root;
  const port = nextPort++;
  const server: Server = await serveStatic(() => current, port, { ...SECURITY_HEADERS, ...headers });
  return {
    url: `http://127.0.0.1:${port}/`,
    swap: (next) => (current = next),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Builds "version B" of the app: same code, a build id, and the rapid scan template moved
 * to version 1.1.0 with a changed title, as a later release would ship.
 */
export function buildVersionB(): string {
  const dir = testTempDir('lsa-b-');
  const templates = join(dir, 'templates');
  cpSync(resolve('audit-templates'), templates, { recursive: true });
  const file = join(templates, 'rapid-scan.json');
  const rapid = JSON.parse(readFileSync(file, 'utf8')) as { version: string; title: Record<string, string> };
  rapid.version = '1.1.0';
  rapid.title = { en: `${rapid.title.en} (revised)`, fr: `${rapid.title.fr} (révisé)` };
  writeFileSync(file, JSON.stringify(rapid));
  const out = join(dir, 'app');
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
    env: { ...process.env, LSA_BUILD_ID: 'B', LSA_TEMPLATES_DIR: templates },
    stdio: 'pipe',
  });
  return out;
}
