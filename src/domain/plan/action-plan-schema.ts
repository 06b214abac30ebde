import { z } from 'zod';
import { CalendarDateSchema, TimestampSchema } from '../template/primitives';

const Text = (max: number) => z.string().max(max);
const IsoDate = CalendarDateSchema;
const PlanId = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** Limits of a plan file, which the editor keeps to so that every saved plan can be exported and opened again. */
export const MAX_ACTIONS = 50;
export const MAX_INDICATORS = 30;
export const MAX_REASON = 1000;

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'on-hold'] as const;
export const FREQUENCIES = ['monthly', 'quarterly', 'twice-yearly', 'yearly', 'other'] as const;

/**
 * A partner named in the plan: a partner of the audit's merged register (its key), or a
 * partner written in by hand. Only organisations and roles, never people's names.
 */
export const PartnerRefSchema = z.strictObject({
  registerKey: Text(200).optional(),
  name: Text(200),
});

export const ActionSchema = z.strictObject({
  id: PlanId,
  description: Text(2000),
  lead: PartnerRefSchema.optional(),
  supporting: z.array(PartnerRefSchema).max(50),
  resources: Text(2000),
  start: IsoDate.optional(),
  end: IsoDate.optional(),
  status: z.enum(ACTION_STATUSES),
});

/** Monitoring and evaluation from the start (report element ix): what is measured, how often. */
export const IndicatorSchema = z.strictObject({
  id: PlanId,
  name: Text(500),
  baseline: Text(200),
  target: Text(200),
  dataSource: Text(500),
  frequency: z.enum(FREQUENCIES),
});

export const PrioritySchema = z.strictObject({
  id: PlanId,
  title: Text(300),
  /** The gap of the analysis this priority answers, if it came from one. */
  gapId: Text(200).optional(),
  /** Measurable: "to reduce …", "to increase …". */
  objective: Text(1000),
  actions: z.array(ActionSchema).max(MAX_ACTIONS),
  indicators: z.array(IndicatorSchema).max(MAX_INDICATORS),
});

/** A person's decision to rank a gap differently from its computed score, with the reason. */
export const PriorityOverrideSchema = z.strictObject({
  gapId: Text(200),
  score: z.number().min(0).max(100),
  reason: Text(MAX_REASON).min(1),
  at: TimestampSchema,
  /** The gap's name as shown when the decision was made: what to call it should later answers no longer find it. */
  gapName: Text(500).optional(),
});

export const ActionPlanSchema = z.strictObject({
  formatVersion: z.literal(1),
  problemStatement: Text(5000),
  priorities: z.array(PrioritySchema).max(7),
  monitoring: z.strictObject({
    who: Text(500),
    frequency: z.enum(FREQUENCIES),
    protocols: Text(3000),
  }),
  overrides: z.array(PriorityOverrideSchema).max(500),
  updatedAt: TimestampSchema,
});

export type PartnerRef = z.infer<typeof PartnerRefSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type ActionStatus = Action['status'];
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Frequency = Indicator['frequency'];
export type Priority = z.infer<typeof PrioritySchema>;
export type PriorityOverride = z.infer<typeof PriorityOverrideSchema>;
export type ActionPlan = z.infer<typeof ActionPlanSchema>;

// Zod-free, for the storage layer and the screens' first bundles (plan-basics.ts).
export { emptyPlan, isUnstartedPlan } from './plan-basics';
