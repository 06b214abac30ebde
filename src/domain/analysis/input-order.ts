import type { Template } from '../template/template-schema';
import { templateKey } from './template-info';

/**
 * One order for an audit's respondents wherever it is read (the device's database or a
 * file): the order they were added in, ids breaking ties. Analysis meets respondents in
 * this order (registers keep the first name written, for one), so the screen and the
 * command line print the same plan.
 */
export function inCreationOrder<T extends { id: string; createdAt: number }>(respondents: readonly T[]): T[] {
  return [...respondents].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An audit's templates in one order too: its main template, then as respondents first use them, then any other. */
export function inOrderOfUse(templates: readonly Template[], mainKey: string, respondents: readonly { templateKey: string }[]): Template[] {
  const rank = new Map<string, number>([[mainKey, 0]]);
  for (const { templateKey: key } of respondents) if (!rank.has(key)) rank.set(key, rank.size);
  const at = (t: Template) => rank.get(templateKey(t)) ?? rank.size;
  return templates.map((t, i) => ({ t, i })).sort((a, b) => at(a.t) - at(b.t) || a.i - b.i).map(({ t }) => t);
}
