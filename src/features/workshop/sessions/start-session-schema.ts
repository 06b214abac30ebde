import { z } from 'zod';
import { isAnonymousCode } from '../../../domain/respondents/respondent-code';

/** Messages are i18n keys; the form words them in the person's language. */
export const startSessionSchema = z.object({
  template: z.string().min(1, 'workshop.start.errors.template'),
  participants: z.coerce
    .number<string>({ error: 'workshop.start.errors.participants' })
    .int('workshop.start.errors.participants')
    .min(1, 'workshop.start.errors.participants')
    .max(10_000, 'workshop.start.errors.participants'),
  code: z
    .string()
    .trim()
    .max(24, 'workshop.start.errors.code')
    .refine((code) => !code || isAnonymousCode(code), 'workshop.start.errors.codeNotAnonymous'),
});

export type StartSessionInput = z.input<typeof startSessionSchema>;
export type StartSessionValues = z.output<typeof startSessionSchema>;
