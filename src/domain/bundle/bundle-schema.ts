import { z } from 'zod';
import { AnswerSchema } from '../engine/answers-schema';
import { ActionPlanSchema } from '../plan/action-plan-schema';
import { CalendarDateSchema, TimestampSchema } from '../template/primitives';

export { BUNDLE_TYPE } from '../file-types';
import { BUNDLE_TYPE } from '../file-types';
export const BUNDLE_FORMAT_VERSION = 1;

const Id = z.string().min(1).max(100);
const IsoDate = CalendarDateSchema;
const TemplateKey = z.string().regex(/^[a-z][a-z0-9-]{0,63}@[0-9A-Za-z.+-]{1,64}$/);

export const BundleAuditSchema = z.strictObject({
  id: Id,
  locality: z.string().trim().min(1).max(120),
  periodStart: IsoDate.optional(),
  periodEnd: IsoDate.optional(),
  leadOrganisation: z.string().max(160),
  language: z.enum(['en', 'fr']),
  templateKey: TemplateKey,
  status: z.enum(['active', 'archived']),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Respondents removed from the audit and when, so a merge does not bring them back. */
  removedRespondents: z.array(z.strictObject({ id: Id, at: TimestampSchema })).max(10_000).optional(),
});

export const BundleRespondentSchema = z.strictObject({
  id: Id,
  /** Anonymous code, never a name. */
  code: z.string().trim().min(1).max(24),
  type: z.enum(['interview', 'desk-review', 'workshop', 'other']),
  templateKey: TemplateKey,
  excludedSections: z.array(z.string().max(64)).max(200),
  completedSections: z.array(z.string().max(64)).max(200),
  /** People present, for a workshop group: tallies count them, not the group as one. */
  participants: z.number().int().min(1).max(10_000).optional(),
  /** Links a workshop participant who answered privately to the session (group respondent). */
  session: z.strictObject({ id: Id, role: z.enum(['group', 'participant']), via: z.enum(['round', 'paper']).optional() }).optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export const BundleAnswerSchema = z.strictObject({
  respondentId: Id,
  key: z.string().min(1).max(200),
  answer: AnswerSchema,
  updatedAt: TimestampSchema,
  /** The answer was cleared at updatedAt: a merge clears it on the other device unless changed there since. */
  cleared: z.literal(true).optional(),
});

/**
 * An audit as a file: the templates it used (validated separately, fully), its
 * respondents and answers, and its action plan. Export, import, merge and the
 * command-line report all use this one format.
 */
export const AuditBundleSchema = z.strictObject({
  type: z.literal(BUNDLE_TYPE),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  exportedAt: TimestampSchema,
  source: z.strictObject({ app: z.literal('local-safety-audit'), version: z.string().max(50) }),
  audit: BundleAuditSchema,
  /** Template documents, checked with parseTemplate on import. */
  templates: z.array(z.unknown()).min(1).max(20),
  respondents: z.array(BundleRespondentSchema).max(2000),
  answers: z.array(BundleAnswerSchema).max(2_000_000),
  plan: ActionPlanSchema.optional(),
});

export type BundleAudit = z.infer<typeof BundleAuditSchema>;
export type BundleRespondent = z.infer<typeof BundleRespondentSchema>;
export type BundleAnswer = z.infer<typeof BundleAnswerSchema>;
export type RawAuditBundle = z.infer<typeof AuditBundleSchema>;
