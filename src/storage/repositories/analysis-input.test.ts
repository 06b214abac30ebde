import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analysisInputFromBundle, analyzeAudit } from '../../domain/runtime';
import { parseBundleText } from '../../domain';
import { testDatabase } from '../../../tests/support/test-db';
import { loadAnalysisData } from './analysis-input';
import { importAuditBundle } from './import-bundle';

let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

function exampleBundle() {
  const parsed = parseBundleText(readFileSync('tests/fixtures/example-audit.bundle.json', 'utf8'));
  if (!parsed.ok) throw new Error('the example audit does not parse');
  return parsed.bundle;
}

describe('loadAnalysisData', () => {
  it('gives the analysis what the audit file gives the command line, in the same order', async () => {
    const bundle = exampleBundle();
    // Respondents whose ids sort otherwise than their creation: the app read them by id.
    const reversed = { ...bundle, respondents: bundle.respondents.map((r, i, all) => ({ ...r, id: `r${String(all.length - i).padStart(3, '0')}` })) };
    const ids = new Map(bundle.respondents.map((r, i) => [r.id, reversed.respondents[i]?.id as string]));
    const renamed = { ...reversed, answers: bundle.answers.map((a) => ({ ...a, respondentId: ids.get(a.respondentId) as string })) };
    await importAuditBundle(db, renamed, 'merge');
    const data = await loadAnalysisData(db, bundle.audit.id);
    if (!data) throw new Error('no analysis data');
    const fromFile = analysisInputFromBundle(renamed);
    expect(data.input.templates.map((t) => t.id)).toEqual(fromFile.templates.map((t) => t.id));
    expect(data.input.respondents.map((r) => r.id)).toEqual(fromFile.respondents.map((r) => r.id));
    expect(analyzeAudit(data.input)).toEqual(analyzeAudit(fromFile));
  });
});
