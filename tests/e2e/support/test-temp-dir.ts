import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';

/**
 * A fresh directory in the running test's own output folder (under test-results/), which
 * Playwright empties at the start of every run: downloads, profiles and builds made by the
 * tests stay there for a look after a failure, and never pile up in the system's temp folder.
 */
export function testTempDir(prefix: string): string {
  const { outputDir } = test.info();
  mkdirSync(outputDir, { recursive: true });
  return mkdtempSync(join(outputDir, prefix));
}
