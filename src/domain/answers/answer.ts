/** A cell of a matrix: a scale value, one choice, or several choices. */
export type MatrixCell = number | string | string[];

/**
 * The value of one answer, by item type:
 * text, long-text, date (YYYY-MM-DD), yes-no ("yes" | "no"), single-choice -> string;
 * number, rating -> number; multi-choice -> string[]; notice acknowledgement -> true;
 * matrix -> { rowId: cell }; list -> the ordered entry ids (string[]).
 */
export type AnswerValue = string | number | boolean | string[] | Readonly<Record<string, MatrixCell>>;

export const SPECIAL_ANSWERS = ['dont-know', 'prefer-not-to-say'] as const;
export type SpecialAnswer = (typeof SPECIAL_ANSWERS)[number];

/**
 * What a workshop group answered together (workshop mode). Tallies count people, so in
 * analysis a tally weighs as many participants as it counts, not as one respondent.
 */
export interface GroupAnswer {
  /** People per option id, or per scale point (as a string) for ratings. */
  tally?: Record<string, number>;
  /** Dots per option in an anonymous dot vote. */
  votes?: Record<string, number>;
  /** Several short contributions to an open question. */
  contributions?: string[];
  /** Disagreement recorded beside a consensus answer (the consensus is `value`). */
  dissent?: string;
}

export interface Answer {
  value?: AnswerValue;
  /** "Don't know" or "Prefer not to say" instead of a value. */
  special?: SpecialAnswer;
  /** Text of "Other, please specify" when the value includes the option id "other". */
  other?: string;
  /** A free note the interviewer adds to any item. */
  note?: string;
  /** Workshop group answers (tallies, votes, contributions). */
  group?: GroupAnswer;
}

/** All answers of one respondent, by answer key (see answer-keys.ts). */
export type Answers = ReadonlyMap<string, Answer>;

/** Option id reserved for "Other, please specify". */
export const OTHER_OPTION_ID = 'other';

export function isEmptyValue(value: AnswerValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim().length === 0;
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return value.length === 0;
  return Object.keys(value).length === 0;
}

function hasCounts(counts: Readonly<Record<string, number>> | undefined): boolean {
  return counts !== undefined && Object.values(counts).some((n) => n > 0);
}

/** A group answer holds something: a count, a vote or a contribution. */
export function hasGroupAnswer(group: GroupAnswer | undefined): boolean {
  if (!group) return false;
  return hasCounts(group.tally) || hasCounts(group.votes) || (group.contributions?.some((c) => c.trim().length > 0) ?? false);
}

/** Answered means a value, a group's tallies or contributions, or "don't know" / "prefer not to say". */
export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  return answer.special !== undefined || !isEmptyValue(answer.value) || hasGroupAnswer(answer.group);
}
