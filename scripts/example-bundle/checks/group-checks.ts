import { computeVisibility, indexTemplate, itemOptions, parseKey, type Answers, type Template } from '../../../src/domain';

/** Dots per person when a question does not limit choices (the app's default). */
const DEFAULT_DOTS = 3;

/**
 * Workshop group answers: counts only for options the question offers (or the points of
 * its scale), never more hands than people present, never more dots than they were given.
 * validateAnswers does not look at `group`, so the example checks it here.
 */
export function groupProblems(template: Template, answers: Answers, participants: number | undefined): string[] {
  const index = indexTemplate(template);
  const context = { template, answers, visibility: computeVisibility(template, answers) };
  const problems: string[] = [];
  for (const [key, answer] of answers) {
    const group = answer.group;
    if (!group) continue;
    if (!participants) {
      problems.push(`${key}: group answers from a respondent without participants`);
      continue;
    }
    const item = index.items.get(parseKey(key)?.itemId ?? '')?.item;
    if (!item) continue;
    const offered =
      item.type === 'rating'
        ? Array.from({ length: item.scale.max - item.scale.min + 1 }, (_, i) => String(item.scale.min + i))
        : itemOptions(item, context).options.map((o) => o.id);
    const oneHandEach = item.type === 'rating' || item.type === 'single-choice';
    for (const [kind, counts] of [['tally', group.tally], ['votes', group.votes]] as const) {
      if (!counts) continue;
      const unknown = Object.keys(counts).filter((id) => !offered.includes(id));
      if (unknown.length) problems.push(`${key}: ${kind} for options the question does not offer: ${unknown.join(', ')}`);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      if (kind === 'votes') {
        const budget = participants * (item.type === 'multi-choice' ? (item.maxSelected ?? DEFAULT_DOTS) : 1);
        if (total > budget) problems.push(`${key}: ${total} dots, but ${participants} people had ${budget}`);
      } else if (oneHandEach && total > participants) problems.push(`${key}: ${total} hands for ${participants} people`);
      else if (Object.values(counts).some((n) => n > participants)) problems.push(`${key}: an option has more hands than people`);
    }
    if (group.contributions?.some((c) => c.trim() === '')) problems.push(`${key}: an empty contribution`);
  }
  return problems;
}
