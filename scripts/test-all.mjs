// `npm test`: every check a change must pass, in order, then one plain summary line
// "N passed, N failed" that counts every test that ran (unit and end-to-end). A stage
// that fails without tests of its own (lint, type-check, build) counts as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const npx = (args, env = {}) =>
  spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const stageFailures = [];

function stage(name, run) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const ok = run();
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
  if (!ok) stageFailures.push(name);
  return ok;
}

stage('lint', () => npx(['eslint', '.', '--max-warnings=0']) || (failed++, false));
stage('type-check', () => npx(['tsc', '-b']) || (failed++, false));
stage('unit tests', () => {
  const ok = npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}/vitest.json`]);
  const report = readJson(`${out}/vitest.json`);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  } else if (!ok) failed++;
  return ok;
});
const built = stage('build', () => npx(['vite', 'build']) || (failed++, false));
if (built) {
  stage('end-to-end tests (Chromium)', () => {
    const ok = npx(['playwright', 'test']);
    const report = readJson(`${out}/playwright.json`);
    if (report?.stats) {
      passed += report.stats.expected + report.stats.flaky;
      failed += report.stats.unexpected;
    } else if (!ok) failed++;
    if (report?.errors?.length) failed += report.errors.length;
    return ok;
  });
} else {
  console.log('End-to-end tests not run: the build failed.');
}

if (stageFailures.length) console.log(`\nFailed stages: ${stageFailures.join(', ')}`);
if (!existsSync(`${out}/playwright.json`) && built) console.log('No end-to-end report was written.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(stageFailures.length || failed ? 1 : 0);
