// Writes tests/fixtures/example-audit.bundle.json: a fully answered, fictional audit of
// "Riverbend" for tests, demos and analysis work. Run: npx tsx scripts/make-example-bundle.ts
// Deterministic (fixed times, seeded ids): running it again must reproduce the file byte
// for byte, which tests/unit/example-bundle.test.ts checks.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BUNDLE_FORMAT_VERSION, BUNDLE_TYPE, type RawAuditBundle } from '../src/domain';
import { exampleAudit } from './example-bundle/audit-record';
import { builtInGapProblems } from './example-bundle/checks/built-in-gaps';
import { exampleProblems } from './example-bundle/checks/validate-example';
import { EXPORTED_AT } from './example-bundle/clock';
import { examplePlan } from './example-bundle/plan/action-plan';
import { buildRespondent } from './example-bundle/respondent-spec';
import { exampleRespondents } from './example-bundle/respondents';
import { loadTemplates, TEMPLATE_NAMES } from './example-bundle/templates';

export const EXAMPLE_BUNDLE_PATH = 'tests/fixtures/example-audit.bundle.json';

/** The app version the example claims to come from; fixed so the file does not change with releases. */
const SOURCE_VERSION = '0.1.0';

/** Builds the example bundle and fails loudly if anything in it is invalid. */
export function makeExampleBundle(): RawAuditBundle {
  const templates = loadTemplates();
  const built = exampleRespondents().map((spec) => buildRespondent(spec, templates[spec.template].key));
  const bundle: RawAuditBundle = {
    type: BUNDLE_TYPE,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: EXPORTED_AT,
    source: { app: 'local-safety-audit', version: SOURCE_VERSION },
    audit: exampleAudit(templates.diagnostic.key),
    // The main template first, as the app exports them.
    templates: TEMPLATE_NAMES.map((name) => templates[name].raw),
    respondents: built.map((b) => b.respondent),
    answers: built.flatMap((b) => b.answers),
    plan: examplePlan(),
  };
  const problems = [...exampleProblems(bundle), ...builtInGapProblems(bundle)];
  if (problems.length) throw new Error(`The example bundle is invalid:\n  ${problems.join('\n  ')}`);
  return bundle;
}

export function serializeExampleBundle(bundle: RawAuditBundle = makeExampleBundle()): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = new URL(`../${EXAMPLE_BUNDLE_PATH}`, import.meta.url);
  const text = serializeExampleBundle();
  writeFileSync(target, text);
  console.log(`wrote ${EXAMPLE_BUNDLE_PATH} (${text.length.toLocaleString('en')} characters)`);
}
