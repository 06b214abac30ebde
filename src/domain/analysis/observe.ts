import { OTHER_OPTION_ID } from '../answers/answer';
import type { ResolvedOption } from '../engine/resolve-options';
import type { Dimension } from '../template/analysis-role';
import { cellChoices, choiceOptions, forEachCell, forEachChoice, normalise, optionById, ratingParts, type ChoiceSink } from './answer-parts';
import type { Visit, Visitor } from './collect';
import type { GapText } from './gap-text';
import { addGeneral, describeEntry, entryFactsOnce, LINKS, rateEntry, setColumn, type Target } from './observe-target';
import { optionSubject, subjectId, type SubjectBook } from './subjects';
import type { ItemPlan } from './item-plan';
import { addTo, NO_COLUMN, type Observation, type Slice, type TallyStore } from './tally-store';
import type { TemplateInfo } from './template-info';

/** The choices of one answer, with the target of the answer being read. */
interface ChoiceTarget extends ChoiceSink {
  target: Target | undefined;
  value: number | undefined;
  offered: readonly ResolvedOption[];
}

function choiceTarget(book: SubjectBook): ChoiceTarget {
  return {
    target: undefined,
    value: undefined,
    offered: [],
    choice(visit, option, weight, votes) {
      const target = this.target;
      if (!target) return;
      const { dimension, o } = target;
      o.weight = weight;
      o.votes = votes;
      if (visit.plan.type === 'yes-no') {
        o.value = option.id === 'yes' ? 1 : 0;
        if (weight > 0) addGeneral(target, NO_COLUMN);
        rateEntry(target);
        return;
      }
      o.value = this.value;
      const id = subjectId(option, visit.answer.other, visit.entryKeyOf);
      if (!dimension) {
        if (target.global) setColumn(target, visit.plan.id, option, id, this.offered.indexOf(option), undefined, book);
        return;
      }
      if (option.label.kind !== 'text' && !book.knows(dimension, id)) book.note(dimension, id, optionSubject(option, visit.answer.other, visit.entryKeyOf).label);
      if (target.global) addTo(target.global, id, NO_COLUMN, o);
      describeEntry(target, id);
    },
  };
}

function observeChoice(target: Target, sink: ChoiceTarget): void {
  sink.target = target;
  // Naming a subject as the main worry reads as the top of the concern scale.
  sink.value = target.visit.plan.role?.measure === 'concern' ? 1 : undefined;
  sink.offered = choiceOptions(target.visit);
  forEachChoice(target.visit, sink);
  sink.target = undefined;
}

/**
 * The subject a rating inside a register entry is about. A dimension of "partner" or
 * "activity" means the entry itself; any other dimension means the entry's sibling field
 * that names a subject of that dimension (place-concern rates the entry's place-type).
 */
function ratingSubject(visit: Visit, dimension: Dimension | undefined, book: SubjectBook): string | undefined {
  if (!dimension || !visit.list) return undefined;
  if (LINKS.has(dimension)) return visit.entryKey;
  const sibling = visit.list.fields.find((f) => f.id !== visit.item.id && f.analysis?.measure === 'presence' && f.analysis.dimension === dimension);
  const answer = sibling ? visit.sibling(sibling.id) : undefined;
  if (typeof answer?.value !== 'string') return undefined;
  if (answer.value !== OTHER_OPTION_ID) return answer.value;
  const other = optionSubject({ id: OTHER_OPTION_ID, label: { kind: 'other' } }, answer.other, visit.entryKeyOf);
  book.note(dimension, other.id, other.label);
  return other.id;
}

function observeRating(target: Target, book: SubjectBook): void {
  const { visit, dimension, o } = target;
  if (visit.item.type !== 'rating') return;
  const { min, max } = visit.item.scale;
  const subject = ratingSubject(visit, dimension, book);
  for (const { point, weight } of ratingParts(visit)) {
    o.weight = weight;
    o.value = normalise(point, min, max);
    o.votes = 0;
    rateEntry(target);
    // A rating of the entry itself (a partner's engagement) stays with the register.
    if (!dimension) addGeneral(target, NO_COLUMN);
    else if (subject && subject !== visit.entryKey && target.global) addTo(target.global, subject, NO_COLUMN, o);
  }
}

function observeMatrix(target: Target, book: SubjectBook): void {
  const { visit, dimension, o } = target;
  const item = visit.item;
  if (item.type !== 'matrix') return;
  const columnDimension = visit.plan.columnDimension;
  const columns = visit.options.options;
  o.weight = 1;
  o.votes = 0;
  forEachCell(visit, (row, cell) => {
    const rowId = subjectId(row, undefined, visit.entryKeyOf);
    if (dimension && row.label.kind !== 'text' && !book.knows(dimension, rowId)) book.note(dimension, rowId, optionSubject(row, undefined, visit.entryKeyOf).label);
    if (item.response.kind === 'scale') {
      if (typeof cell !== 'number') return;
      o.value = normalise(cell, item.response.scale.min, item.response.scale.max);
      if (dimension) {
        if (target.global) addTo(target.global, rowId, NO_COLUMN, o);
      } else addGeneral(target, rowId);
      return;
    }
    if (!dimension) return; // a choice grid about nothing in particular has no agreed reading
    o.value = undefined;
    for (const columnId of cellChoices(cell)) {
      const option = optionById(visit, columnId);
      if (option) setColumn(target, rowId, option, subjectId(option, undefined, visit.entryKeyOf), columns.indexOf(option), columnDimension, book);
    }
  });
}

/**
 * Turns answers into running totals by analysis role. Tagged questions count wherever
 * they are; fields of a register (tagged or not) describe its entries. Coverage fields of
 * a register say what one activity reaches, so they stay with the register rather than
 * count as a community-wide "reached".
 */
export function observer(store: TallyStore, texts: GapText[], book: SubjectBook): Visitor {
  const o: Observation = { respondent: 0, cap: 1, weight: 1, value: undefined, votes: 0 };
  const choices = choiceTarget(book);
  const factsOf = entryFactsOnce(store);
  // The slice of a planned item's role, kept by plan slot (per template): asked on every answer.
  const slices = new Map<TemplateInfo, Slice[]>();
  let lastInfo: TemplateInfo | undefined;
  let bySlot: Slice[] = [];
  const sliceOf = (plan: ItemPlan): Slice => {
    let slice = bySlot[plan.slot];
    if (!slice) bySlot[plan.slot] = slice = store.slice(plan.role?.measure, plan.dimension);
    return slice;
  };
  // One target, refilled per answer, like the visit it describes.
  const target: Target = { visit: undefined as unknown as Visit, dimension: undefined, global: undefined, entry: undefined, o };
  return {
    visit(visit) {
      const { item, answer, plan } = visit;
      if (visit.info !== lastInfo) {
        lastInfo = visit.info;
        bySlot = slices.get(lastInfo) ?? [];
        slices.set(lastInfo, bySlot);
      }
      const role = plan.role;
      if ((!role && !visit.entryKey) || answer.special) return;
      const dimension = plan.dimension;
      const entry = factsOf(visit);
      o.respondent = visit.ordinal;
      o.cap = visit.cap;
      target.visit = visit;
      target.dimension = dimension;
      target.entry = entry;
      target.global = role && !(entry && role.measure === 'coverage') ? sliceOf(plan) : undefined;
      switch (plan.type) {
        case 'single-choice':
        case 'multi-choice':
        case 'yes-no':
          return observeChoice(target, choices);
        case 'rating':
          return observeRating(target, book);
        case 'matrix':
          return observeMatrix(target, book);
        case 'text':
        case 'long-text':
          if (role?.measure !== 'gap') return;
          for (const text of [answer.value, ...(answer.group?.contributions ?? [])]) {
            if (typeof text === 'string' && text.trim()) texts.push({ respondentId: visit.respondent.id, itemId: item.id, text: text.trim() });
          }
          return;
        default:
          return;
      }
    },
  };
}
