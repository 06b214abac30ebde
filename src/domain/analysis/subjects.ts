import { OTHER_OPTION_ID } from '../answers/answer';
import type { ResolvedOption } from '../engine/resolve-options';
import type { Dimension } from '../template/analysis-role';
import type { Template } from '../template/template-schema';
import type { SubjectLabel, SubjectRef } from './findings';
import { nameSlug } from './normalise-name';

/** Where subject labels come from: templates first (in input order), then what people typed. */
export interface SubjectBook {
  /** Records a label unless the subject already has one. */
  note(dimension: Dimension, id: string, label: SubjectLabel): void;
  /** Whether the subject has a label already, so that callers need not build one for note(). */
  knows(dimension: Dimension, id: string): boolean;
  /** Replaces the label (a register entry's merged name). */
  name(dimension: Dimension, id: string, label: SubjectLabel): void;
  ref(dimension: Dimension, id: string): SubjectRef;
  /** Position in the templates' lists, for a stable, familiar order; unknown subjects come last. */
  order(dimension: Dimension, id: string): number;
  /** Every subject of a dimension the templates list, in list order (first template first). */
  listed(dimension: Dimension): string[];
}

export function createSubjectBook(templates: readonly Template[]): SubjectBook {
  const labels = new Map<string, SubjectLabel>();
  const order = new Map<string, number>();
  const key = (dimension: Dimension, id: string) => `${dimension}|${id}`;
  const listed = new Map<Dimension, string[]>();
  // Subjects noted so far, by dimension: every answer naming an entry or an "other" asks.
  const known = new Map<Dimension, Set<string>>();
  const knows = (dimension: Dimension, id: string) => known.get(dimension)?.has(id) ?? false;
  const note = (dimension: Dimension, id: string, label: SubjectLabel) => {
    let ids = known.get(dimension);
    if (!ids) known.set(dimension, (ids = new Set()));
    if (ids.has(id)) return;
    ids.add(id);
    const k = key(dimension, id);
    if (!labels.has(k)) labels.set(k, label);
    if (!order.has(k)) order.set(k, order.size);
  };
  for (const template of templates) {
    for (const list of Object.values(template.optionLists ?? {})) {
      const dimension = list.dimension;
      if (!dimension) continue;
      const ids = listed.get(dimension) ?? [];
      for (const option of list.options) {
        note(dimension, option.id, { kind: 'text', text: option.label });
        if (!ids.includes(option.id)) ids.push(option.id);
      }
      listed.set(dimension, ids);
    }
  }
  // Options written in place on a question with a dimension name subjects too.
  for (const template of templates) {
    for (const section of template.sections) {
      for (const item of section.items) {
        for (const question of item.type === 'list' ? [item, ...item.fields] : [item]) {
          const dimension = question.type === 'notice' ? undefined : question.analysis?.dimension;
          const source = question.type === 'single-choice' || question.type === 'multi-choice' ? question.options : question.type === 'matrix' ? question.rows : undefined;
          if (dimension && Array.isArray(source)) for (const option of source) note(dimension, option.id, { kind: 'text', text: option.label });
        }
      }
    }
  }
  return {
    note,
    knows,
    name: (dimension, id, label) => {
      note(dimension, id, label);
      labels.set(key(dimension, id), label);
    },
    ref: (dimension, id) => ({ dimension, id, label: labels.get(key(dimension, id)) ?? { kind: 'plain', text: id } }),
    order: (dimension, id) => order.get(key(dimension, id)) ?? Number.MAX_SAFE_INTEGER,
    listed: (dimension) => [...(listed.get(dimension) ?? [])],
  };
}

/**
 * The subject an offered option names. Template options keep their shared id; an "other"
 * answer becomes "other:<normalised text>" so that two people writing the same thing
 * meet; a register entry becomes the register key it merges into.
 */
export function optionSubject(option: ResolvedOption, ownOther: string | undefined, entryKeyOf: (entryId: string) => string | undefined): { id: string; label: SubjectLabel } {
  const label = option.label;
  if (label.kind === 'text') return { id: option.id, label };
  if (label.kind === 'entry') return { id: entryKeyOf(option.id) ?? option.id, label: { kind: 'plain', text: label.text ?? '' } };
  const text = (label.text ?? (option.id === OTHER_OPTION_ID ? ownOther : undefined))?.trim();
  const normalised = text ? nameSlug(text) : '';
  return normalised ? { id: `${OTHER_OPTION_ID}:${normalised}`, label: { kind: 'plain', text: text ?? '' } } : { id: OTHER_OPTION_ID, label: { kind: 'other' } };
}

/** The subject id alone (see optionSubject), without building a label: the common case on the hot path. */
export function subjectId(option: ResolvedOption, ownOther: string | undefined, entryKeyOf: (entryId: string) => string | undefined): string {
  const kind = option.label.kind;
  if (kind === 'text') return option.id;
  if (kind === 'entry') return entryKeyOf(option.id) ?? option.id;
  return optionSubject(option, ownOther, entryKeyOf).id;
}
