import { OTHER_OPTION_ID } from '../answers/answer';
import type { ResolvedOption } from '../engine/resolve-options';
import type { Dimension } from '../template/analysis-role';
import { cellChoices, normalise } from './answer-parts';
import type { Visit, Visitor } from './collect';
import type { GapText } from './gap-text';
import { addGeneral, describeEntry, entryFactsOnce, LINKS, rateEntry, setColumn, type Target } from './observe-target';
import { optionSubject, subjectId, type SubjectBook } from './subjects';
import type { ItemPlan } from './item-plan';
import { addPlaced, addTo, newPlacedTallies, NO_COLUMN, type Observation, type PlacedTallies, type Slice, type TallyStore } from './tally-store';
import type { TemplateInfo } from './template-info';

/** The decoded choices of one answer (visit.choices) into the target. */
function observeChoice(target: Target, book: SubjectBook): void {
  const { visit, dimension, o } = target;
  const { n, option, at, weight, votes } = visit.choices;
  const yesNo = visit.plan.type === 'yes-no';
  // Naming a subject as the main worry reads as the top of the concern scale.
  const value = visit.plan.role?.measure === 'concern' ? 1 : undefined;
  for (let i = 0; i < n; i++) {
    const chosen = option[i] as ResolvedOption;
    o.weight = weight[i] as number;
    o.votes = votes[i] as number;
    if (yesNo) {
      o.value = chosen.id === 'yes' ? 1 : 0;
      if (o.weight > 0) addGeneral(target, NO_COLUMN);
      rateEntry(target);
      continue;
    }
    o.value = value;
    const text = (at[i] as number) < visit.options.textOptions;
    const id = text ? chosen.id : subjectId(chosen, visit.answer.other, visit.entryKeyOf);
    if (!dimension) {
      if (target.global) setColumn(target, visit.plan.id, chosen, id, text, at[i] as number, undefined, book);
      continue;
    }
    if (!text && !book.knows(dimension, id)) book.note(dimension, id, optionSubject(chosen, visit.answer.other, visit.entryKeyOf).label);
    if (target.global) addPlaced(target.global, target.placed, at[i] as number, id, o);
    describeEntry(target, id);
  }
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
  const { n, point, weight } = visit.points;
  for (let i = 0; i < n; i++) {
    o.weight = weight[i] as number;
    o.value = normalise(point[i] as number, min, max);
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
  const { options: columns, optionAt, textOptions, textRows } = visit.options;
  const { n, row, at, cell } = visit.cells;
  o.weight = 1;
  o.votes = 0;
  for (let i = 0; i < n; i++) {
    const r = row[i] as ResolvedOption;
    const value = cell[i];
    const textRow = (at[i] as number) < textRows;
    const rowId = textRow ? r.id : subjectId(r, undefined, visit.entryKeyOf);
    if (dimension && !textRow && !book.knows(dimension, rowId)) book.note(dimension, rowId, optionSubject(r, undefined, visit.entryKeyOf).label);
    if (item.response.kind === 'scale') {
      if (typeof value !== 'number') continue;
      o.value = normalise(value, item.response.scale.min, item.response.scale.max);
      if (dimension) {
        if (target.global) addPlaced(target.global, target.placed, at[i] as number, rowId, o);
      } else addGeneral(target, rowId);
      continue;
    }
    if (!dimension || value === undefined) continue; // a choice grid about nothing in particular has no agreed reading
    o.value = undefined;
    for (const columnId of cellChoices(value)) {
      const p = optionAt.get(columnId);
      if (p === undefined) continue;
      const option = columns[p] as ResolvedOption;
      const text = p < textOptions;
      setColumn(target, rowId, option, text ? option.id : subjectId(option, undefined, visit.entryKeyOf), text, p, columnDimension, book);
    }
  }
}

/** A planned item's slice, and its tallies by option position. */
interface SlotTallies {
  slice: Slice;
  placed: PlacedTallies;
}

/**
 * Turns answers into running totals by analysis role. Tagged questions count wherever
 * they are; fields of a register (tagged or not) describe its entries. Coverage fields of
 * a register say what one activity reaches, so they stay with the register rather than
 * count as a community-wide "reached".
 */
export function observer(store: TallyStore, texts: GapText[], book: SubjectBook): Visitor {
  const o: Observation = { respondent: 0, cap: 1, weight: 1, value: undefined, votes: 0 };
  const factsOf = entryFactsOnce(store);
  // The slice of a planned item's role, kept by plan slot (per template): asked on every answer.
  const slices = new Map<TemplateInfo, SlotTallies[]>();
  let lastInfo: TemplateInfo | undefined;
  let bySlot: SlotTallies[] = [];
  const slotOf = (plan: ItemPlan): SlotTallies => {
    let slot = bySlot[plan.slot];
    if (!slot) bySlot[plan.slot] = slot = { slice: store.slice(plan.role?.measure, plan.dimension), placed: newPlacedTallies() };
    return slot;
  };
  // One target, refilled per answer, like the visit it describes.
  const target: Target = { visit: undefined as unknown as Visit, dimension: undefined, global: undefined, placed: newPlacedTallies(), entry: undefined, o };
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
      const slot = role && !(entry && role.measure === 'coverage') ? slotOf(plan) : undefined;
      target.global = slot?.slice;
      if (slot) target.placed = slot.placed;
      switch (plan.type) {
        case 'single-choice':
        case 'multi-choice':
        case 'yes-no':
          return observeChoice(target, book);
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
