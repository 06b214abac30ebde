/**
 * Every time in the example is fixed, so the file regenerates identically. The audit covers
 * the first half of 2026; interviews run in July, the workshop in August, the plan is
 * drafted early September and the file exported on 15 September 2026.
 */
export function utc(date: string, hour = 0, minute = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, hour, minute);
}

export const AUDIT_CREATED_AT = utc('2026-06-15', 13);
export const PLAN_UPDATED_AT = utc('2026-09-10', 16, 30);
export const OVERRIDE_AT = utc('2026-09-08', 15, 10);
export const EXPORTED_AT = Date.UTC(2026, 8, 15);

/** Seconds between two saved answers while a respondent is interviewed. */
export const SECONDS_PER_ANSWER = 40;
