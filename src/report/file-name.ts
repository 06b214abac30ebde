/** "Rivière-du-Loup (Québec)" -> "riviere-du-loup-quebec": ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * action-plan-riverbend-2026-09-15.pdf, in French plan-d-action-riverbend-2026-09-15.pdf (the
 * plan's language); a locality with no letters or digits left gives action-plan-2026-09-15.pdf.
 */
export function planFileName(locality: string, isoDate: string, language: 'en' | 'fr' = 'en'): string {
  const slug = slugify(locality);
  return `${[language === 'fr' ? 'plan-d-action' : 'action-plan', slug, isoDate].filter((part) => part !== '').join('-')}.pdf`;
}
