import type { FieldItem, Item } from '../template/item-schema';
import { indexTemplate } from '../template/template-index';
import type { Template } from '../template/template-schema';
import { bandCount } from './band';
import type { Visit, Visitor } from './collect';
import type { OptionCount, QuestionDetail, QuestionSummary } from './findings';
import { countedOptions, newOptionCounts, NO_SEED, type OptionCounts } from './option-counts';
import { newRows, recordCells, recordChoices, seedOptions, type Rows } from './question-counts';
import { addToHistogram, emptyHistogram, numberStats, scaleStats, type Histogram } from './stats';
import { roleOf, templateKey, type TemplateInfo } from './template-info';

/**
 * One question's running counts. Every field is present from the start, set or undefined:
 * objects that gain fields later take different shapes, and the reads on every answer
 * (acc.options, acc.texts…) then go through the engine's slow generic lookup.
 */
interface Acc {
  summary: Omit<QuestionSummary, 'answered' | 'dontKnow' | 'preferNotToSay' | 'detail'>;
  position: number;
  item: Item | FieldItem;
  answered: number;
  dontKnow: number;
  preferNotToSay: number;
  options: OptionCounts | undefined;
  histogram: Histogram | undefined;
  numbers: number[] | undefined;
  rows: Rows | undefined;
  texts: string[] | undefined;
  entries: number | undefined;
}

function recordValue(acc: Acc, visit: Visit): void {
  const { item, answer, plan } = visit;
  const type = plan.type;
  if (acc.options && (type === 'single-choice' || type === 'multi-choice' || type === 'yes-no')) {
    recordChoices(acc.options, visit);
  } else if (acc.histogram) {
    // Only a rating has a histogram, so its points are decoded.
    const { n, point, weight } = visit.points;
    for (let i = 0; i < n; i++) addToHistogram(acc.histogram, point[i] as number, weight[i] as number);
  } else if (acc.numbers && typeof answer.value === 'number' && Number.isFinite(answer.value)) {
    acc.numbers.push(answer.value);
  } else if (acc.rows && item.type === 'matrix') {
    recordCells(acc.rows, visit, item);
  } else if (acc.entries !== undefined && Array.isArray(answer.value)) {
    acc.entries += answer.value.length;
  }
  if (acc.texts) {
    if (plan.role?.measure === 'gap' && typeof answer.value === 'string') pushText(acc.texts, answer.value);
    for (const text of answer.group?.contributions ?? []) pushText(acc.texts, text);
  }
}

function pushText(texts: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed) texts.push(trimmed);
}

function newAcc(visit: Visit, position: number): Acc {
  const { item, list, section, info } = visit;
  const role = roleOf(item);
  const acc: Acc = {
    summary: {
      templateKey: info.key, sectionId: section.id, itemId: item.id, ...(list ? { listId: list.id } : {}), type: item.type,
      ...(role ? { measure: role.measure } : {}), ...(info.dimension(item) ? { dimension: info.dimension(item) } : {}),
      unit: list ? 'entries' : 'people',
    },
    position, item, answered: 0, dontKnow: 0, preferNotToSay: 0,
    options: undefined, histogram: undefined, numbers: undefined, rows: undefined, texts: undefined, entries: undefined,
  };
  if (item.type === 'rating') acc.histogram = emptyHistogram(item.scale.min, item.scale.max);
  else if (item.type === 'number') acc.numbers = [];
  else if (item.type === 'matrix') acc.rows = newRows();
  else if (item.type === 'list') acc.entries = 0;
  else {
    const seed = seedOptions(item, info.template) ?? (item.type === 'single-choice' || item.type === 'multi-choice' ? NO_SEED : undefined);
    if (seed) acc.options = newOptionCounts(seed, !visit.plan.dynamic);
  }
  if (item.type === 'text' || item.type === 'long-text' || (item.type !== 'list' && visit.answer.group?.contributions?.length)) acc.texts = [];
  return acc;
}

function detailOf(acc: Acc, threshold: number): QuestionDetail {
  const band = (n: number) => bandCount(n, threshold);
  const counts = (options: OptionCounts): OptionCount[] =>
    countedOptions(options).map((c) => ({ id: c.id, label: c.label, count: band(c.count), ...(c.votes ? { votes: band(c.votes) } : {}) }));
  if (acc.histogram) return { kind: 'scale', stats: scaleStats(acc.histogram, threshold) };
  if (acc.numbers) {
    const role = roleOf(acc.item);
    const banded = role?.measure === 'prevalence' || (acc.item.type === 'number' && acc.item.integer === true);
    return { kind: 'number', stats: numberStats(acc.numbers, banded, threshold) };
  }
  if (acc.rows) {
    const rows = [...acc.rows.byId].map(([id, r]) => ({ id, label: r.label, answered: band(r.answered), r }));
    if (acc.item.type === 'matrix' && acc.item.response.kind === 'scale') {
      return { kind: 'matrix-scale', rows: rows.map(({ r, ...row }) => ({ ...row, stats: scaleStats(r.histogram ?? emptyHistogram(1, 1), threshold) })) };
    }
    return { kind: 'matrix-choice', rows: rows.map(({ r, ...row }) => ({ ...row, options: counts(r.columns ?? newOptionCounts(NO_SEED)) })) };
  }
  if (acc.entries !== undefined) return { kind: 'list', entries: acc.entries };
  if (acc.options && !acc.texts?.length) return { kind: 'choice', options: counts(acc.options) };
  // Sorted, so the order says nothing about who wrote what.
  return { kind: 'texts', texts: [...(acc.texts ?? [])].sort((a, b) => a.localeCompare(b)) };
}

/** Per question of each template: how many answered, and what they answered. */
export function questionCollector(templates: readonly Template[]): Visitor & { summaries(threshold: number): QuestionSummary[] } {
  const accs = new Map<Item | FieldItem, Acc>();
  const templateOrder = new Map(templates.map((t, i) => [templateKey(t), i]));
  // The same accumulators by plan slot, so that an answer finds its question without a lookup.
  const slotsOf = new Map<TemplateInfo, (Acc | undefined)[]>();
  let lastInfo: TemplateInfo | undefined;
  let slots: (Acc | undefined)[] = [];
  return {
    visit(visit) {
      const { item, list, answer, info, plan } = visit;
      const hasContributions = answer.group ? hasText(answer.group.contributions) : false;
      if (!hasContributions && !plan.summarised) return;
      if (info !== lastInfo) {
        lastInfo = info;
        slots = slotsOf.get(info) ?? [];
        slotsOf.set(info, slots);
      }
      // Item objects are unique per template (a list's fields included), so they key without building strings.
      let acc = slots[plan.slot];
      if (!acc) {
        acc = accs.get(item);
        if (!acc) {
          const position = (templateOrder.get(info.key) ?? 0) * 1e6 + (indexTemplate(info.template).items.get(item.id)?.order ?? 0);
          accs.set(item, (acc = newAcc(visit, position)));
        }
        slots[plan.slot] = acc;
      }
      if (hasContributions && !acc.texts) acc.texts = [];
      const weight = list ? 1 : answeredWeight(visit);
      if (answer.special === 'dont-know') acc.dontKnow += 1;
      else if (answer.special === 'prefer-not-to-say') acc.preferNotToSay += 1;
      else {
        acc.answered += weight;
        recordValue(acc, visit);
      }
    },
    summaries(threshold) {
      return [...accs.values()]
        .sort((a, b) => a.position - b.position)
        .map((acc) => ({
          ...acc.summary,
          answered: bandCount(acc.answered, threshold),
          dontKnow: bandCount(acc.dontKnow, threshold),
          preferNotToSay: bandCount(acc.preferNotToSay, threshold),
          detail: detailOf(acc, threshold),
        }));
    },
  };
}

function hasText(texts: readonly string[] | undefined): boolean {
  if (texts) for (const text of texts) if (text.trim()) return true;
  return false;
}

/** A tally answers for the people it counts (at most the group); anything else for one. */
function answeredWeight(visit: Visit): number {
  const tally = visit.answer.group?.tally;
  if (!tally) return 1;
  const sum = Object.values(tally).reduce((a, b) => a + b, 0);
  return sum > 0 ? Math.min(sum, visit.cap) : 1;
}

