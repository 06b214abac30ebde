import { z } from 'zod';
import { IdSchema } from './primitives';

/**
 * Visibility conditions are data, never code: a small tree of all / any / not over
 * tests of earlier answers. Inside a list, `item` may name a sibling field of the entry.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { item: string; equals: string | number | boolean }
  | { item: string; notEquals: string | number | boolean }
  | { item: string; includes: string }
  | { item: string; answered: boolean }
  | { item: string; greaterThan: number }
  | { item: string; atLeast: number }
  | { item: string; lessThan: number }
  | { item: string; atMost: number };

const Scalar = z.union([z.string().max(200), z.number(), z.boolean()]);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1).max(50) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1).max(50) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ item: IdSchema, equals: Scalar }),
    z.strictObject({ item: IdSchema, notEquals: Scalar }),
    z.strictObject({ item: IdSchema, includes: IdSchema }),
    z.strictObject({ item: IdSchema, answered: z.boolean() }),
    z.strictObject({ item: IdSchema, greaterThan: z.number() }),
    z.strictObject({ item: IdSchema, atLeast: z.number() }),
    z.strictObject({ item: IdSchema, lessThan: z.number() }),
    z.strictObject({ item: IdSchema, atMost: z.number() }),
  ]),
).describe('Show the item or section only when this holds.').meta({ id: 'Condition' });
