import { z } from 'zod';

/** Error messages are i18n keys; the form shows them in the person's language. */
export const newAuditSchema = z
  .object({
    templateFile: z.string().min(1, 'newAudit.errors.template'),
    locality: z.string().trim().min(1, 'newAudit.errors.locality').max(120, 'newAudit.errors.tooLong'),
    leadOrganisation: z.string().trim().min(1, 'newAudit.errors.leadOrganisation').max(160, 'newAudit.errors.tooLong'),
    periodStart: z.string().optional(),
    periodEnd: z.string().optional(),
    language: z.enum(['en', 'fr']),
  })
  .refine((v) => !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd, {
    path: ['periodEnd'],
    message: 'newAudit.errors.periodOrder',
  });

export type NewAuditInput = z.input<typeof newAuditSchema>;
export type NewAuditValues = z.output<typeof newAuditSchema>;
