/**
 * Whether a YYYY-MM-DD string names a day that exists (not 2025-02-30). Kept apart from
 * the zod schemas so that the engine, which checks answers with it too, stays zod-free.
 */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
