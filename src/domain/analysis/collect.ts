import type { Answer, Answers } from '../answers/answer';
import { fieldKey } from '../answers/answer-keys';
import { computeVisibility, type Visibility } from '../engine/visibility';
import type { FieldItem, Item, ListItem } from '../template/item-schema';
import type { Section } from '../template/template-schema';
import type { AnalysisRespondent, RegisterKind } from './findings';
import { answered, cleanGroup, registerKey, unread } from './answer-filter';
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
  /** For a field of a repeating list: the list, the entry, and the entry's register key. */
  list?: ListItem;
  entryId?: string;
  entryKey?: string;
  /** The effective answer: hidden items never get here, stale choices and stale tallies are gone. */
  answer: Answer;
  /** What the item offers now (choice options, matrix rows and columns), with lookups by id. */
  options: Offered;
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
  visit(visit: Visit): void;
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
  visit: Visit;
}

const NO_SIBLING = (): undefined => undefined;

interface Place {
  list?: ListItem;
  entryId?: string;
  entryKey?: string;
  sibling?: (fieldId: string) => Answer | undefined;
}

function emit(walk: Walk, section: Section, item: Item | FieldItem, stored: Answer | undefined, place: Place): void {
  if (!stored || unread(item, stored)) return;
  const options = walk.offered.of(item);
  const answer = cleanGroup(item, stored, options);
  if (!answered(answer)) return;
  // One visit object per respondent, refilled for each answer: a large audit has hundreds
  // of thousands of answers, and visitors copy what they keep.
  const visit = walk.visit;
  visit.section = section;
  visit.item = item;
  visit.answer = answer;
  visit.options = options;
  visit.list = place.list;
  visit.entryId = place.entryId;
  visit.entryKey = place.entryKey;
  visit.sibling = place.sibling ?? NO_SIBLING;
  for (const visitor of walk.visitors) visitor.visit(visit);
}

const TOP_LEVEL: Place = {};

/** What the walk needs of a list, worked out once per list object. */
interface ListPlan {
  position: ReadonlyMap<string, number>;
  labelAt: number;
  /** Fields analysis reads: the entry label and any but dates and free text that names no gap. */
  read: readonly boolean[];
}

const listPlans = new WeakMap<ListItem, ListPlan>();

function planOf(list: ListItem): ListPlan {
  let plan = listPlans.get(list);
  if (!plan) {
    const position = new Map(list.fields.map((f, i) => [f.id, i]));
    const labelAt = position.get(list.entryLabelField) ?? -1;
    const read = list.fields.map(
      (field, i) => i === labelAt || !(field.type === 'date' || ((field.type === 'text' || field.type === 'long-text') && field.analysis?.measure !== 'gap')),
    );
    listPlans.set(list, (plan = { position, labelAt, read }));
  }
  return plan;
}

function walkList(walk: Walk, section: Section, list: ListItem): void {
  const kind = walk.info.registers.get(list.id);
  if (kind) for (const visitor of walk.visitors) visitor.registerShown?.(kind, walk.respondent);
  const listAnswer = walk.answers.get(list.id);
  const stored = listAnswer?.value;
  const entryIds = Array.isArray(stored) ? stored : [];
  emit(walk, section, list, listAnswer, TOP_LEVEL);
  const { visibility, offered, respondent } = walk;
  const { position, labelAt, read } = planOf(list);
  const fields = list.fields;
  for (const entryId of entryIds) {
    // A field without a condition shows whenever its list does (engine/visibility.ts), so
    // only conditional fields ask; answer keys are built once per field.
    const fieldAnswers: (Answer | undefined)[] = [];
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as FieldItem;
      fieldAnswers.push(
        !read[i] || (field.visibleWhen && !visibility.isFieldVisible(list.id, entryId, field.id)) ? undefined : offered.effective(fieldKey(list.id, entryId, field.id), field),
      );
    }
    const sibling = (fieldId: string): Answer | undefined => fieldAnswers[position.get(fieldId) ?? -1];
    const name = fieldAnswers[labelAt]?.value;
    const text = typeof name === 'string' && name.trim() ? name.trim() : undefined;
    let entryKey: string | undefined;
    if (kind) {
      entryKey = registerKey(kind, text, respondent.id, entryId);
      walk.entryKeys.set(entryId, entryKey);
      for (const visitor of walk.visitors) visitor.entry?.({ respondent, kind, key: entryKey, name: text });
    }
    const place: Place = { list, entryId, entryKey, sibling };
    for (let i = 0; i < fields.length; i++) emit(walk, section, fields[i] as FieldItem, fieldAnswers[i], place);
  }
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
  const first = info.template.sections[0];
  const visit: Visit = {
    respondent, ordinal, cap, info, section: first as Section, item: first?.items[0] as Item, answer: {}, options: NO_OPTIONS,
    list: undefined, entryId: undefined, entryKey: undefined, sibling: NO_SIBLING, entryKeyOf: (id) => entryKeys.get(id),
  };
  const walk: Walk = {
    respondent, cap, info, answers, visibility,
    offered: offeredOptions(info.template, answers, visibility),
    entryKeys,
    visitors,
    visit,
  };
  const excluded = new Set(respondent.excludedSections);
  for (const section of info.template.sections) {
    if (excluded.has(section.id) || !visibility.isSectionVisible(section.id)) continue;
    for (const item of section.items) {
      if (item.type === 'notice' || !visibility.isItemVisible(item.id)) continue;
      if (item.type === 'list') walkList(walk, section, item);
      else {
        const stored = answers.get(item.id);
        if (stored && !unread(item, stored)) emit(walk, section, item, walk.offered.counted(item.id, item, stored), TOP_LEVEL);
      }
    }
  }
}
