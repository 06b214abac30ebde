import { bandCount } from './band';
import type { SubjectFacts } from './concern';
import type { FrameworkElementSummary, Registers } from './findings';
import type { SubjectBook } from './subjects';
import { column, meanOf, NO_COLUMN, type TallyStore } from './tally-store';

/**
 * The report's ten framework elements (section II.B): how well each is addressed (gap
 * ratings, 0 = not at all, 1 = fully) and how many current activities address it.
 */
export function frameworkElements(store: TallyStore, registers: Registers, facts: SubjectFacts, book: SubjectBook, threshold: number): FrameworkElementSummary[] {
  const addressed = column(store.slice('gap', 'framework-element'), NO_COLUMN);
  const activities = new Map<string, number>();
  for (const activity of registers.activities) {
    for (const id of activity.subjects['framework-element'] ?? []) activities.set(id, (activities.get(id) ?? 0) + 1);
  }
  const ids = [...new Set([...book.listed('framework-element'), ...addressed.keys(), ...activities.keys(), ...facts.ids])];
  return ids.map((id) => {
    const rating = addressed.get(id);
    const mean = meanOf(rating);
    return {
      subject: book.ref('framework-element', id),
      ...(mean !== undefined ? { addressed: mean } : {}),
      rated: Math.round((rating?.weight ?? 0) * 1000) / 1000,
      activities: activities.get(id) ?? 0,
      priorityVotes: bandCount(facts.priority.get(id) ?? 0, threshold),
    };
  });
}
