import { shippedTemplates } from 'virtual:shipped-templates';
import type { LocalizedText, Template } from '../../../domain/runtime';
import type { TemplateRecord } from '../../../storage';
import { fetchShippedTemplate } from '../../../storage/template-source';

export interface TemplateChoice {
  value: string;
  title: LocalizedText;
  kind: string;
  load: () => Promise<Template | undefined>;
}

/**
 * Templates a session can use: the shipped workshop questionnaire first (what groups
 * normally answer), then the audit's own template, the other shipped and imported ones.
 */
export function templateChoices(main: TemplateRecord, imported: readonly TemplateRecord[]): TemplateChoice[] {
  const stored = (record: TemplateRecord): TemplateChoice => ({ value: `db:${record.key}`, title: record.template.title, kind: record.kind, load: async () => record.template });
  const shipped = shippedTemplates
    .filter((s) => s.id !== main.templateId)
    .map((s): TemplateChoice => ({
      value: `file:${s.file}`,
      title: s.title,
      kind: s.kind,
      load: async () => {
        const result = await fetchShippedTemplate(s.file);
        return result.ok ? result.template : undefined;
      },
    }));
  const own = imported.filter((r) => r.key !== main.key).map(stored);
  const all = [stored(main), ...shipped, ...own];
  return [...all.filter((c) => c.kind === 'workshop'), ...all.filter((c) => c.kind !== 'workshop')];
}
