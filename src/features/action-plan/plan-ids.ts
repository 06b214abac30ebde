/** Short ids for priorities, actions and indicators (lower case, digits, hyphens). */
export function planId(prefix: 'p' | 'a' | 'i'): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}
