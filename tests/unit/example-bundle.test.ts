import { describe, expect, it } from 'vitest';
import { analysisInputFromBundle, analyzeAudit, parseBundleText, validateAnswers, type Answer, type AuditBundle } from '../../src/domain';
import { builtInGaps, EXPECTED_GAPS } from '../../scripts/example-bundle/checks/built-in-gaps';
import { answersOf } from '../../scripts/example-bundle/checks/validate-example';
import { EXAMPLE_BUNDLE_PATH, makeExampleBundle, serializeExampleBundle } from '../../scripts/make-example-bundle';
import { readRepoFile } from '../support/fixtures';

const text = readRepoFile(EXAMPLE_BUNDLE_PATH);

function loadBundle(): AuditBundle {
  const parsed = parseBundleText(text);
  if (!parsed.ok) throw new Error(`the example bundle is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.bundle;
}

const bundle = loadBundle();
const DIAGNOSTIC = 'local-diagnostic-trafficking@1.0.0';

/** Every string a person typed: answer texts, "other" texts, notes, workshop contributions and dissent, and the plan. */
function typedTexts(b: AuditBundle): string[] {
  const fromAnswer = (a: Answer): string[] => [
    ...(typeof a.value === 'string' ? [a.value] : []),
    ...(a.other ? [a.other] : []),
    ...(a.note ? [a.note] : []),
    ...(a.group?.contributions ?? []),
    ...(a.group?.dissent ? [a.group.dissent] : []),
  ];
  const plan: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') plan.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(b.plan);
  return [...b.answers.flatMap((a) => fromAnswer(a.answer)), ...plan, b.audit.locality, b.audit.leadOrganisation];
}

// A safety net, not a proof: common given names and surnames, honorifics, street addresses,
// phone numbers, e-mail addresses and postal codes must never appear in the example.
const NAME_DENYLIST = /\b(?:John|Jane|Mary|Michael|David|Sarah|Jennifer|Jessica|Ashley|Emily|Maria|Jose|Mohammed|Smith|Johnson|Williams|Brown|Wilson|Tremblay|Gagnon|Bouchard|Gauthier|Lavoie|Fortin|Pelletier|Nguyen|Singh|Patel|Garcia|Rodriguez)\b/;
const PERSONAL_PATTERNS: [string, RegExp][] = [
  ['a common name', NAME_DENYLIST],
  ['an honorific and a name', /\b(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Dr)\.?\s+[A-Z][a-z]+/],
  ['a street address', /\d+\s+\w+\s+(?:street|st\.|avenue|ave|road|rd|drive|dr\.|boulevard|blvd)\b/i],
  ['a French street address', /\d+,?\s+(?:rue|avenue|boulevard|chemin|rang)\b/i],
  ['a phone number', /\b\d{3}[-.\s)]+\d{3}[-.\s]\d{4}\b/],
  ['an e-mail address', /[\w.+-]+@[\w-]+\.[\w.]+/],
  ['a postal code', /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/],
];

describe('the example audit bundle', () => {
  it('parses as an audit bundle with its plan', () => {
    expect(bundle.audit.locality).toBe('Riverbend');
    expect(bundle.audit.templateKey).toBe(DIAGNOSTIC);
    expect(bundle.plan?.priorities).toHaveLength(5);
  });

  it('has the respondent mix analysis needs', () => {
    const interviews = bundle.respondents.filter((r) => r.type === 'interview' && r.templateKey === DIAGNOSTIC);
    const desk = bundle.respondents.filter((r) => r.type === 'desk-review');
    const workshops = bundle.respondents.filter((r) => r.type === 'workshop');
    expect(interviews.length).toBeGreaterThanOrEqual(5);
    expect(desk).toHaveLength(1);
    expect(workshops).toHaveLength(1);
    const workshop = workshops[0];
    expect(workshop?.participants).toBeGreaterThan(1);
    const groups = bundle.answers.filter((a) => a.respondentId === workshop?.id).map((a) => a.answer.group);
    expect(groups.some((g) => g?.tally)).toBe(true);
    expect(groups.some((g) => g?.votes)).toBe(true);
    expect(groups.some((g) => g?.contributions?.length)).toBe(true);
  });

  it.each(bundle.respondents.map((r) => [r.code, r] as const))('%s: the answers pass validateAnswers, completed sections included', (_code, respondent) => {
    const template = bundle.templates.find((t) => `${t.id}@${t.version}` === respondent.templateKey);
    expect(template).toBeDefined();
    if (!template) return;
    const answers = answersOf(bundle, respondent.id);
    expect(answers.get('consent-notice')?.value).toBe(true);
    expect(validateAnswers(template, answers)).toEqual([]);
    expect(validateAnswers(template, answers, { requireComplete: true, sections: respondent.completedSections })).toEqual([]);
  });

  it('holds no people’s names, addresses or contact details', () => {
    const texts = typedTexts(bundle);
    expect(texts.length).toBeGreaterThan(100);
    for (const [what, pattern] of PERSONAL_PATTERNS) {
      expect(texts.filter((t) => pattern.test(t)), `text that looks like ${what}`).toEqual([]);
    }
  });

  it('keeps the gaps it was built to show', () => {
    const found = builtInGaps(bundle);
    const sorted = (xs: readonly string[]) => [...xs].sort();
    expect(sorted(found.uncoveredGroups)).toEqual(sorted(EXPECTED_GAPS.uncoveredGroups));
    expect(sorted(found.highConcernUncoveredGroups)).toEqual(sorted(EXPECTED_GAPS.highConcernUncoveredGroups));
    expect(sorted(found.sectorsWithoutInspection)).toEqual(sorted(EXPECTED_GAPS.sectorsWithoutInspection));
    expect(sorted(found.unaddressedElements)).toEqual(sorted(EXPECTED_GAPS.unaddressedElements));
    expect(found.partnerNames).toEqual(expect.arrayContaining(EXPECTED_GAPS.partnerSpellings.flat()));
    expect(bundle.plan?.overrides.map((o) => o.gapId)).toContain('uncovered-group:street-youth');
  });

  it('names in its plan the partners of the merged register, as the plan editor offers them', () => {
    const registered = new Set(analyzeAudit(analysisInputFromBundle(bundle)).registers.partners.map((p) => p.key));
    const named = (bundle.plan?.priorities ?? []).flatMap((p) => p.actions.flatMap((a) => [a.lead, ...a.supporting])).flatMap((ref) => (ref?.registerKey ? [ref.registerKey] : []));
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((key) => !registered.has(key))).toEqual([]);
  });

  it('has a plan with measurable objectives, led actions and dated timelines', () => {
    for (const priority of bundle.plan?.priorities ?? []) {
      expect(priority.objective).toMatch(/^To (increase|reduce)\b/);
      expect(priority.actions.length).toBeGreaterThanOrEqual(1);
      expect(priority.actions.length).toBeLessThanOrEqual(3);
      expect(priority.indicators.length).toBeGreaterThanOrEqual(1);
      for (const action of priority.actions) {
        expect(action.lead?.name).toBeTruthy();
        expect(action.start && action.end && action.start <= action.end).toBe(true);
        expect(`${action.start}`.slice(0, 4) >= '2026' && `${action.end}`.slice(0, 4) <= '2027').toBe(true);
      }
    }
  });

  it('works in French too: every template has French text, and a French audit parses', () => {
    expect(bundle.templates.every((t) => t.languages.includes('fr'))).toBe(true);
    expect(parseBundleText(text.replace('"language": "en"', '"language": "fr"')).ok).toBe(true);
  });

  it('is what the script generates, byte for byte', () => {
    expect(serializeExampleBundle(makeExampleBundle())).toBe(text);
  });
});
