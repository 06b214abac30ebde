import { z } from 'zod';

/** Messages are i18n keys; the form words them in the person's language. */
export const startSessionSchema = z.object({
  template: z.string().min(1, 'workshop.start.errors.template'),
  participants: z.coerce
    .number<string>({ error: 'workshop.start.errors.participants' })
    .int('workshop.start.errors.participants')
    .min(1, 'workshop.start.errors.participants')
    .max(10_000, 'workshop.start.errors.participants'),
  code: z.string().trim().max(24, 'workshop.start.errors.code'),
});

export type StartSessionInput = z.input<typeof startSessionSchema>;
export type StartSessionValues = z.output<typeof startSessionSchema>;
