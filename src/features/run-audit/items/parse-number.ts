/**
 * Reads a number as people type it in English or French: "12", "3.5", "3,5", "1 200",
 * "1 200" (narrow no-break space). Undefined when it is not a number.
 */
export function parseLocalNumber(text: string): number | undefined {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}
