import { isAnswered, type Answer, type Answers, type GroupAnswer } from '../answers/answer';
import { fieldKey } from '../answers/answer-keys';
import { hasDynamicSource } from '../engine/dynamic-source';
import type { ItemOptions } from '../engine/effective-answer';
import { effectiveReader, type EffectiveReader } from '../engine/effective-reader';
import { itemOptions } from '../engine/item-options';
import { computeVisibility, type Visibility } from '../engine/visibility';
import type { FieldItem, Item, ListItem } from '../template/item-schema';
import type { Section } from '../template/template-schema';
import type { AnalysisRespondent, RegisterKind } from './findings';
import { nameSlug } from './normalise-name';
import type { TemplateInfo } from './template-info';

/** One answered question of one respondent, as analysis counts it. */
export interface Visit {
  respondent: AnalysisRespondent;
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
  /** What the item offers now (choice options, matrix rows and columns). */
  options: ItemOptions;
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

const NO_OPTIONS: ItemOptions = { options: [], rows: [] };
const staticOptions = new WeakMap<Item | FieldItem, ItemOptions>();

export function registerKey(kind: RegisterKind, name: string | undefined, respondentId: string, entryId: string): string {
  const normalised = name ? nameSlug(name) : '';
  // An unnamed entry cannot meet anyone else's; it still counts for its respondent.
  return normalised ? `${kind}:${normalised}` : `${kind}:~${respondentId}/${entryId}`;
}

/** Tallies and votes for options no longer offered go, like stale choices in the value. */
function keepOffered(group: GroupAnswer | undefined, offered: (id: string) => boolean): GroupAnswer | undefined {
  if (!group) return group;
  const filter = (counts: Record<string, number> | undefined) =>
    counts && Object.fromEntries(Object.entries(counts).filter(([id, n]) => offered(id) && Number.isFinite(n) && n > 0));
  return { ...group, tally: filter(group.tally), votes: filter(group.votes) };
}

function cleanGroup(item: Item | FieldItem, answer: Answer, options: ItemOptions): Answer {
  if (!answer.group) return answer;
  if (item.type === 'single-choice' || item.type === 'multi-choice' || item.type === 'yes-no') {
    const ids = item.type === 'yes-no' ? new Set(['yes', 'no']) : new Set(options.options.map((o) => o.id));
    return { ...answer, group: keepOffered(answer.group, (id) => ids.has(id)) };
  }
  if (item.type === 'rating') {
    const { min, max } = item.scale;
    return { ...answer, group: keepOffered(answer.group, (id) => Number.isInteger(Number(id)) && Number(id) >= min && Number(id) <= max) };
  }
  // Tallies of matrices, numbers and texts have no agreed meaning: only contributions count.
  return { ...answer, group: { contributions: answer.group.contributions } };
}

interface Walk {
  respondent: AnalysisRespondent;
  cap: number;
  info: TemplateInfo;
  answers: Answers;
  visibility: Visibility;
  read: EffectiveReader;
  offered: Map<string, ItemOptions>;
  entryKeys: Map<string, string>;
  visitors: readonly Visitor[];
}

function optionsFor(walk: Walk, item: Item | FieldItem): ItemOptions {
  if (item.type !== 'single-choice' && item.type !== 'multi-choice' && item.type !== 'matrix') return NO_OPTIONS;
  const context = { template: walk.info.template, answers: walk.answers, visibility: walk.visibility };
  if (!hasDynamicSource(item)) {
    let options = staticOptions.get(item);
    if (!options) staticOptions.set(item, (options = itemOptions(item, context)));
    return options;
  }
  // Options never depend on the entry, so every entry of a list shares them.
  let options = walk.offered.get(item.id);
  if (!options) walk.offered.set(item.id, (options = itemOptions(item, context)));
  return options;
}

function emit(walk: Walk, section: Section, item: Item | FieldItem, stored: Answer | undefined, place: Partial<Visit>): void {
  if (!stored) return;
  const options = optionsFor(walk, item);
  const answer = cleanGroup(item, stored, options);
  if (!isAnswered(answer)) return;
  const visit: Visit = {
    respondent: walk.respondent, cap: walk.cap, info: walk.info, section, item, answer, options,
    sibling: () => undefined, entryKeyOf: (id) => walk.entryKeys.get(id), ...place,
  };
  for (const visitor of walk.visitors) visitor.visit(visit);
}

function walkList(walk: Walk, section: Section, list: ListItem): void {
  const kind = walk.info.registers.get(list.id);
  if (kind) for (const visitor of walk.visitors) visitor.registerShown?.(kind, walk.respondent);
  const stored = walk.answers.get(list.id)?.value;
  const entryIds = Array.isArray(stored) ? stored : [];
  emit(walk, section, list, walk.answers.get(list.id), {});
  const { visibility, read, respondent } = walk;
  for (const entryId of entryIds) {
    const fieldAnswer = (fieldId: string): Answer | undefined => {
      const field = list.fields.find((f) => f.id === fieldId);
      if (!field || !visibility.isFieldVisible(list.id, entryId, fieldId)) return undefined;
      return read(fieldKey(list.id, entryId, fieldId), field);
    };
    const name = fieldAnswer(list.entryLabelField)?.value;
    const text = typeof name === 'string' && name.trim() ? name.trim() : undefined;
    let entryKey: string | undefined;
    if (kind) {
      entryKey = registerKey(kind, text, respondent.id, entryId);
      walk.entryKeys.set(entryId, entryKey);
      for (const visitor of walk.visitors) visitor.entry?.({ respondent, kind, key: entryKey, name: text });
    }
    for (const field of list.fields) {
      emit(walk, section, field, fieldAnswer(field.id), { list, entryId, entryKey, sibling: fieldAnswer });
    }
  }
}

/**
 * Walks one respondent's answers in document order, the way the questionnaire showed
 * them: excluded and hidden sections are skipped, hidden items and fields ignored (their
 * answers stay stored, they just do not count), choices whose source changed dropped.
 * Registers come before the questions that offer their entries, so entry keys are known
 * by the time a matrix or a choice refers to them.
 */
export function walkRespondent(respondent: AnalysisRespondent, info: TemplateInfo, answers: Answers, visitors: readonly Visitor[]): void {
  const visibility = computeVisibility(info.template, answers);
  const walk: Walk = {
    respondent,
    cap: respondent.type === 'workshop' ? (respondent.participants ?? Number.POSITIVE_INFINITY) : 1,
    info,
    answers,
    visibility,
    read: effectiveReader(info.template, answers, visibility),
    offered: new Map(),
    entryKeys: new Map(),
    visitors,
  };
  const excluded = new Set(respondent.excludedSections);
  for (const section of info.template.sections) {
    if (excluded.has(section.id) || !visibility.isSectionVisible(section.id)) continue;
    for (const item of section.items) {
      if (item.type === 'notice' || !visibility.isItemVisible(item.id)) continue;
      if (item.type === 'list') walkList(walk, section, item);
      else emit(walk, section, item, visibility.visibleAnswer(item.id), {});
    }
  }
}
