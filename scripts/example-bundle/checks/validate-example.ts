import { parseBundle, validateAnswers, type Answer, type AuditBundle, type RawAuditBundle } from '../../../src/domain';
import { hygieneProblems } from './answer-hygiene';
import { groupProblems } from './group-checks';

/** One respondent's answers as the engine reads them. */
export function answersOf(bundle: Pick<RawAuditBundle, 'answers'>, respondentId: string): Map<string, Answer> {
  return new Map(bundle.answers.filter((a) => a.respondentId === respondentId).map((a) => [a.key, a.answer]));
}

/**
 * Everything wrong with the example, as readable lines (empty when it is sound): the
 * bundle as the app imports it (parseBundle, which validates every template and
 * reference), then each respondent's answers with the engine's own rules, completed
 * sections held to `requireComplete`, then the checks the engine does not make.
 */
export function exampleProblems(raw: RawAuditBundle): string[] {
  // Parse what the file will hold, not the objects in memory.
  const parsed = parseBundle(JSON.parse(JSON.stringify(raw)));
  if (!parsed.ok) return parsed.issues.map((i) => `bundle: ${i.code} at ${i.path.join('.')} ${JSON.stringify(i.params ?? {})}`);
  return respondentProblems(parsed.bundle);
}

function respondentProblems(bundle: AuditBundle): string[] {
  const problems: string[] = [];
  for (const respondent of bundle.respondents) {
    const template = bundle.templates.find((t) => `${t.id}@${t.version}` === respondent.templateKey);
    if (!template) continue; // parseBundle has already refused this
    const answers = answersOf(bundle, respondent.id);
    const sections = new Set(template.sections.map((s) => s.id));
    const unknownSections = [...respondent.completedSections, ...respondent.excludedSections].filter((id) => !sections.has(id));
    const where = (line: string) => `${respondent.code}: ${line}`;
    problems.push(
      ...unknownSections.map((id) => where(`no section "${id}"`)),
      ...respondent.completedSections.filter((id) => respondent.excludedSections.includes(id)).map((id) => where(`"${id}" is both completed and excluded`)),
      ...validateAnswers(template, answers).map((i) => where(`${i.key}: ${i.code} ${JSON.stringify(i.params ?? {})}`)),
      ...validateAnswers(template, answers, { requireComplete: true, sections: respondent.completedSections }).map((i) => where(`${i.key}: ${i.code} in a completed section`)),
      ...hygieneProblems(template, answers).map(where),
      ...groupProblems(template, answers, respondent.type === 'workshop' ? respondent.participants : undefined).map(where),
    );
  }
  return problems;
}
