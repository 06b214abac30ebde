import type { Answer, Answers } from '../answers/answer';
import { fieldKey } from '../answers/answer-keys';
import { entryHasAnswers } from '../engine/resolve-options';
import { computeVisibility, type Visibility } from '../engine/visibility';
import type { FieldItem, Item, ListItem } from '../template/item-schema';
import type { Section } from '../template/template-schema';
import type { AnalysisRespondent, RegisterKind } from './findings';
import { answered, cleanGroup, registerKey } from './answer-filter';
import { decodeCells, decodeChoices, decodePoints, emptyCells, emptyChoices, emptyPoints, type Cells, type Choices, type Points } from './answer-parts';
import type { ItemPlan, ListPlan } from './item-plan';
import { NO_OPTIONS, offeredOptions, type Offered, type OfferedOptions } from './offered-options';
import type { TemplateInfo } from './template-info';

/**
 * One answered question of one respondent, as analysis counts it. The object is reused
 * from one answer to the next: a visitor copies what it keeps.
 */
export interface Visit {
  respondent: AnalysisRespondent;
  /** Position of the respondent in the input: respondents arrive in this order, one at a time. */
  ordinal: number;
  /** The most people one answer of this respondent can stand for: a workshop's participants, else 1. */
  cap: number;
  info: TemplateInfo;
  section: Section;
  item: Item | FieldItem;
  /** The item's plan (item-plan.ts): what visitors ask of it on every answer. */
  plan: ItemPlan;
  /** For a field of a repeating list: the list, the entry, and the entry's register key. */
  list?: ListItem;
  entryId?: string;
  entryKey?: string;
  /** The effective answer: hidden items never get here, stale choices and stale tallies are gone. */
  answer: Answer;
  /** What the item offers now (choice options, matrix rows and columns), with lookups by id. */
  options: Offered;
  /**
   * The answer taken apart (answer-parts.ts), for answers with a value: the choices of a
   * choice or yes/no, the points of a rating, the cells of a matrix. Only the part of the
   * item's type is current.
   */
  choices: Choices;
  points: Points;
  cells: Cells;
  /** The effective answer of another field of the same entry, when visible. */
  sibling(fieldId: string): Answer | undefined;
  /** Register key of an entry of this respondent, for options drawn from a register. */
  entryKeyOf(entryId: string): string | undefined;
}

/** A register entry as one respondent wrote it. */
export interface EntryVisit {
  respondent: AnalysisRespondent;
  kind: RegisterKind;
  key: string;
  name?: string;
}

export interface Visitor {
  visit?(visit: Visit): void;
  entry?(entry: EntryVisit): void;
  /** A register the respondent was shown (visible, not excluded), answered or not. */
  registerShown?(kind: RegisterKind, respondent: AnalysisRespondent): void;
}
interface Walk {
  respondent: AnalysisRespondent;
  cap: number;
  info: TemplateInfo;
  answers: Answers;
  visibility: Visibility;
  offered: OfferedOptions;
  entryKeys: Map<string, string>;
  visitors: readonly Visitor[];
  /** The visitors that read answers. */
  visiting: readonly Visitor[];
  visit: Visit;
  /** The entry being walked: its fields' answers by position, read by sibling(). Reused from one entry to the next. */
  fieldAnswers: (Answer | undefined)[];
  position: ReadonlyMap<string, number>;
  entryPlace: Place;
}

const NO_SIBLING = (): undefined => undefined;

interface Place {
  list?: ListItem;
  entryId?: string;
  entryKey?: string;
  sibling?: (fieldId: string) => Answer | undefined;
}

/** unread() from the plan: only skippable items look at the answer. */
function skipped(plan: ItemPlan, stored: Answer): boolean {
  return plan.skippable && !stored.group?.contributions?.length;
}

function emit(walk: Walk, section: Section, plan: ItemPlan, stored: Answer | undefined, place: Place): void {
  if (!stored || skipped(plan, stored)) return;
  const options = walk.offered.offeredTo(plan);
  const answer = stored.group ? cleanGroup(plan.item, stored, options) : stored;
  if (!answered(answer)) return;
  // One visit object per respondent, refilled for each answer: a large audit has hundreds
  // of thousands of answers, and visitors copy what they keep.
  const visit = walk.visit;
  visit.section = section;
  visit.item = plan.item;
  visit.plan = plan;
  visit.answer = answer;
  visit.options = options;
  visit.list = place.list;
  visit.entryId = place.entryId;
  visit.entryKey = place.entryKey;
  visit.sibling = place.sibling ?? NO_SIBLING;
  if (!answer.special) decode(visit, plan, answer, options);
  for (const visitor of walk.visiting) visitor.visit?.(visit);
}

/** Takes the answer apart once, for every visitor. */
function decode(visit: Visit, plan: ItemPlan, answer: Answer, options: Offered): void {
  switch (plan.type) {
    case 'single-choice':
    case 'multi-choice':
      return decodeChoices(answer, false, options, visit.choices);
    case 'yes-no':
      return decodeChoices(answer, true, options, visit.choices);
    case 'rating':
      return decodePoints(answer, visit.points);
    case 'matrix':
      return decodeCells(answer, options, visit.cells);
    default:
      return;
  }
}

const TOP_LEVEL: Place = {};

function walkList(walk: Walk, section: Section, plan: ItemPlan, listPlan: ListPlan): void {
  const list = listPlan.item;
  const kind = walk.info.registers.get(list.id);
  if (kind) for (const visitor of walk.visitors) visitor.registerShown?.(kind, walk.respondent);
  const listAnswer = walk.answers.get(list.id);
  const stored = listAnswer?.value;
  const entryIds: readonly string[] = Array.isArray(stored) ? stored : [];
  // Entries added and left empty are no entries (engine/resolve-options.ts, entryHasAnswers).
  let empty: Set<string> | undefined;
  const { visibility, offered, respondent } = walk;
  const { position, labelAt, read, fields } = listPlan;
  const fieldAnswers = walk.fieldAnswers;
  walk.position = position;
  for (const entryId of entryIds) {
    // A field without a condition shows whenever its list does (engine/visibility.ts), so
    // only conditional fields ask; answer keys are built once per field.
    // fieldKey(list, entry, field) is this prefix and the field id: built once per entry.
    const prefix = fieldKey(list.id, entryId, '');
    let answeredField = false;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as ItemPlan;
      const answer = !read[i] || ((field.item as FieldItem).visibleWhen && !visibility.isFieldVisible(list.id, entryId, field.id)) ? undefined : offered.readField(prefix + field.id, field);
      fieldAnswers[i] = answer;
      answeredField ||= answer !== undefined && answered(answer);
    }
    // Rare: nothing read here is answered. Only then are the other fields looked at.
    if (!answeredField && !entryHasAnswers(walk.answers, list.id, entryId, list.fields)) {
      (empty ??= new Set()).add(entryId);
      continue;
    }
    const name = fieldAnswers[labelAt]?.value;
    const text = typeof name === 'string' && name.trim() ? name.trim() : undefined;
    let entryKey: string | undefined;
    if (kind) {
      entryKey = registerKey(kind, text, respondent.id, entryId);
      walk.entryKeys.set(entryId, entryKey);
      for (const visitor of walk.visitors) visitor.entry?.({ respondent, kind, key: entryKey, name: text });
    }
    const place = walk.entryPlace;
    place.list = list;
    place.entryId = entryId;
    place.entryKey = entryKey;
    for (let i = 0; i < fields.length; i++) emit(walk, section, fields[i] as ItemPlan, fieldAnswers[i], place);
  }
  // The list's own answer after its entries, so that it counts only entries that hold something.
  const counted = empty && listAnswer ? { ...listAnswer, value: entryIds.filter((id) => !empty.has(id)) } : listAnswer;
  emit(walk, section, plan, counted, TOP_LEVEL);
}

/**
 * Walks one respondent's answers in document order, the way the questionnaire showed
 * them: excluded and hidden sections are skipped, hidden items and fields ignored (their
 * answers stay stored, they just do not count), choices whose source changed dropped.
 * Registers come before the questions that offer their entries, so entry keys are known
 * by the time a matrix or a choice refers to them.
 */
export function walkRespondent(respondent: AnalysisRespondent, ordinal: number, info: TemplateInfo, answers: Answers, visitors: readonly Visitor[]): void {
  const visibility = computeVisibility(info.template, answers);
  const entryKeys = new Map<string, string>();
  const cap = respondent.type === 'workshop' ? (respondent.participants ?? Number.POSITIVE_INFINITY) : 1;
  const first = info.plan.sections[0]?.items[0];
  const visit: Visit = {
    respondent, ordinal, cap, info, section: info.template.sections[0] as Section, item: first?.item as Item, plan: first as ItemPlan, answer: {}, options: NO_OPTIONS,
    choices: emptyChoices(), points: emptyPoints(), cells: emptyCells(),
    list: undefined, entryId: undefined, entryKey: undefined, sibling: NO_SIBLING, entryKeyOf: (id) => entryKeys.get(id),
  };
  const walk: Walk = {
    respondent, cap, info, answers, visibility,
    offered: offeredOptions(info.template, answers, visibility, info.plan.size),
    entryKeys,
    visitors,
    visiting: visitors.filter((v) => v.visit),
    visit,
    fieldAnswers: [],
    position: new Map(),
    entryPlace: {},
  };
  // The fields of the entry being walked, for every field of every entry of this respondent.
  walk.entryPlace.sibling = (fieldId) => walk.fieldAnswers[walk.position.get(fieldId) ?? -1];
  const excluded = new Set(respondent.excludedSections);
  for (const { section, items } of info.plan.sections) {
    if (excluded.has(section.id) || !visibility.isSectionVisible(section.id)) continue;
    for (const plan of items) {
      if (plan.type === 'notice' || !visibility.isItemVisible(plan.id)) continue;
      if (plan.list) walkList(walk, section, plan, plan.list);
      else {
        const stored = answers.get(plan.id);
        if (stored && !skipped(plan, stored)) emit(walk, section, plan, stored.special || !plan.dynamic ? stored : walk.offered.counted(plan.id, plan.item, stored), TOP_LEVEL);
      }
    }
  }
}
