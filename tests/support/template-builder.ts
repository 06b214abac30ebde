/** Minimal valid template JSON to break in one place per test. */
export function minimalTemplate(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    formatVersion: 1,
    id: 'mini',
    version: '1.0.0',
    kind: 'other',
    languages: ['en', 'fr'],
    title: { en: 'Mini', fr: 'Mini' },
    description: { en: 'A test template', fr: 'Un modèle de test' },
    sections: [{ id: 's1', title: { en: 'One', fr: 'Un' }, items }],
    ...extra,
  };
}

export const text = (en: string) => ({ en, fr: `${en} (fr)` });

export const yesNo = (id: string, more: Record<string, unknown> = {}) => ({ type: 'yes-no', id, label: text(id), ...more });

export const choice = (id: string, options: unknown, more: Record<string, unknown> = {}) => ({
  type: 'single-choice', id, label: text(id), options, ...more,
});

export const opts = (...ids: string[]) => ids.map((id) => ({ id, label: text(id) }));
