/**
 * Reads a number as people type it, and as the app shows it, in the interface's language.
 * English: "1,200.5" (commas group thousands, a point marks decimals). French: "1 200,5"
 * (spaces group, a comma or a point marks decimals). Undefined when it is not a number or
 * could be read two ways (an English "3,5" or "1,2000", a French "12.000"): the box then says
 * so rather than store a guess.
 */
export function parseLocalNumber(text: string, language: string): number | undefined {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  let plain: string;
  if (language === 'fr') {
    // "12.000" groups thousands with a point in much of the French-speaking world: never guessed.
    if (/^[-+]?\d{1,3}(\.\d{3})+$/.test(compact)) return undefined;
    if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return undefined;
    plain = compact.replace(',', '.');
  } else if (/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(compact)) {
    plain = compact.replace(/,/g, '');
  } else {
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(compact)) return undefined;
    plain = compact;
  }
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}
