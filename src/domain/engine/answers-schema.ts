import { z } from 'zod';
import { SPECIAL_ANSWERS, type Answer } from '../answers/answer';
import type { Template } from '../template/template-schema';
import type { AnswerIssue } from './answer-issue';
import { validateAnswers, type ValidateOptions } from './validate-answers';

export interface AnswersSchemaOptions extends Omit<ValidateOptions, 'visibility'> {
  /** The message each issue carries; its code by default (screens word it). */
  message?: (issue: AnswerIssue) => string;
}

const MatrixCellSchema = z.union([z.number(), z.string().max(200), z.array(z.string().max(200)).max(500)]);

export const AnswerValueSchema = z.union([
  z.string().max(20_000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(1000),
  z.record(z.string().max(200), MatrixCellSchema),
]);

const CountsSchema = z.record(z.string().max(200), z.number().int().min(0).max(100_000));

export const GroupAnswerSchema = z.strictObject({
  tally: CountsSchema.optional(),
  votes: CountsSchema.optional(),
  contributions: z.array(z.string().max(2000)).max(500).optional(),
  dissent: z.string().max(5000).optional(),
});

/** The shape of one stored answer, checked whenever answers come from a file. */
export const AnswerSchema = z.strictObject({
  value: AnswerValueSchema.optional(),
  special: z.enum(SPECIAL_ANSWERS).optional(),
  other: z.string().max(2000).optional(),
  note: z.string().max(5000).optional(),
  group: GroupAnswerSchema.optional(),
});

/**
 * A zod schema for a record of answers by key, built from a template: shape per answer,
 * then every rule of validateAnswers, each issue at its answer key with the issue code
 * as message (the screen words it). Forms use it as their resolver.
 */
export function answersSchema(template: Template, options: AnswersSchemaOptions = {}) {
  const message = options.message ?? ((issue: AnswerIssue) => issue.code);
  return z.record(z.string(), AnswerSchema.optional()).superRefine((record, ctx) => {
    const answers = new Map<string, Answer>();
    for (const [key, answer] of Object.entries(record)) if (answer) answers.set(key, answer);
    for (const issue of validateAnswers(template, answers, options)) {
      ctx.addIssue({ code: 'custom', path: [issue.key], message: message(issue), params: { ...issue.params } });
    }
  });
}
