import { OTHER_OPTION_ID } from '../answers/answer';
import type { Dimension } from '../template/analysis-role';
import { cellChoices, choiceOptions, choiceParts, matrixCells, normalise, optionById, ratingParts } from './answer-parts';
import type { Visit, Visitor } from './collect';
import type { GapText, Observation, ObservationIndex } from './observation';
import { optionSubject, type SubjectBook } from './subjects';
import { roleOf } from './template-info';

type Base = Omit<Observation, 'weight'>;

function base(visit: Visit, dimension: Dimension | undefined): Base {
  const register = visit.entryKey ? visit.info.registers.get(visit.list?.id ?? '') : undefined;
  return {
    respondentId: visit.respondent.id,
    cap: visit.cap,
    itemId: visit.item.id,
    measure: roleOf(visit.item)?.measure,
    dimension,
    ...(register && visit.entryKey ? { register, entry: visit.entryKey } : {}),
  };
}

/**
 * The subject a rating inside a register entry is about. A dimension of "partner" or
 * "activity" means the entry itself; any other dimension means the entry's sibling field
 * that names a subject of that dimension (place-concern rates the entry's place-type).
 */
function ratingSubject(visit: Visit, dimension: Dimension | undefined, book: SubjectBook): string | undefined {
  if (!dimension || !visit.list) return undefined;
  if (dimension === 'partner' || dimension === 'activity') return visit.entryKey;
  const sibling = visit.list.fields.find((f) => f.id !== visit.item.id && f.analysis?.measure === 'presence' && f.analysis.dimension === dimension);
  const answer = sibling ? visit.sibling(sibling.id) : undefined;
  if (typeof answer?.value !== 'string') return undefined;
  if (answer.value !== OTHER_OPTION_ID) return answer.value;
  const other = optionSubject({ id: OTHER_OPTION_ID, label: { kind: 'other' } }, answer.other, visit.entryKeyOf);
  book.note(dimension, other.id, other.label);
  return other.id;
}

function observeChoice(visit: Visit, dimension: Dimension | undefined, add: (o: Observation) => void, book: SubjectBook): void {
  const b = base(visit, dimension);
  if (visit.item.type === 'yes-no') {
    for (const part of choiceParts(visit)) if (part.weight > 0) add({ ...b, value: part.option.id === 'yes' ? 1 : 0, weight: part.weight });
    return;
  }
  const order = choiceOptions(visit);
  for (const { option, weight, votes } of choiceParts(visit)) {
    const subject = optionSubject(option, visit.answer.other, visit.entryKeyOf);
    if (dimension) {
      book.note(dimension, subject.id, subject.label);
      // Naming a subject as the main worry reads as the top of the concern scale.
      add({ ...b, subject: subject.id, weight, votes, ...(b.measure === 'concern' ? { value: 1 } : {}) });
    } else {
      add({ ...b, column: subject.id, columnLabel: subject.label, columnOrder: order.indexOf(option), weight, votes });
    }
  }
}

function observeMatrix(visit: Visit, dimension: Dimension | undefined, add: (o: Observation) => void, book: SubjectBook): void {
  const item = visit.item;
  if (item.type !== 'matrix') return;
  const b = base(visit, dimension);
  const columnDimension = visit.info.columnDimension(item);
  for (const { row, cell } of matrixCells(visit)) {
    const subject = optionSubject(row, undefined, visit.entryKeyOf);
    if (dimension) book.note(dimension, subject.id, subject.label);
    if (item.response.kind === 'scale') {
      if (typeof cell === 'number') add({ ...b, subject: subject.id, value: normalise(cell, item.response.scale.min, item.response.scale.max), weight: 1 });
      continue;
    }
    for (const columnId of cellChoices(cell)) {
      const option = optionById(visit.options.options, columnId);
      if (!option) continue;
      const column = optionSubject(option, undefined, visit.entryKeyOf);
      if (columnDimension) book.note(columnDimension, column.id, column.label);
      add({ ...b, subject: subject.id, column: column.id, columnDimension, columnOrder: visit.options.options.indexOf(option), columnLabel: column.label, weight: 1 });
    }
  }
}

/**
 * Turns answers into observations. Tagged questions count wherever they are; untagged
 * fields of a register still describe its entries (a partner's sectors, an activity's
 * lead), so they are kept for the register without a measure.
 */
export function observer(index: ObservationIndex, texts: GapText[], book: SubjectBook): Visitor {
  const add = (o: Observation) => index.add(o);
  return {
    visit(visit) {
      const { item, answer } = visit;
      const role = roleOf(item);
      if (!role && !visit.entryKey) return;
      if (answer.special) return;
      const dimension = visit.info.dimension(item);
      switch (item.type) {
        case 'single-choice':
        case 'multi-choice':
        case 'yes-no':
          observeChoice(visit, dimension, add, book);
          return;
        case 'rating': {
          // Kept without a subject when the entry names none: the register still counts the rating.
          const subject = ratingSubject(visit, dimension, book);
          const b = base(visit, dimension);
          for (const { point, weight } of ratingParts(visit)) add({ ...b, subject, value: normalise(point, item.scale.min, item.scale.max), weight });
          return;
        }
        case 'matrix':
          observeMatrix(visit, dimension, add, book);
          return;
        case 'text':
        case 'long-text':
          if (role?.measure !== 'gap') return;
          for (const text of [answer.value, ...(answer.group?.contributions ?? [])]) {
            if (typeof text === 'string' && text.trim()) texts.push({ respondentId: visit.respondent.id, itemId: item.id, text: text.trim(), weight: 1 });
          }
          return;
        default:
          return;
      }
    },
  };
}
