declare module 'virtual:shipped-templates' {
  import type { LocalizedText, TemplateKind } from '../domain';

  export interface ShippedTemplateInfo {
    /** Path relative to the app's base URL. */
    file: string;
    id: string;
    version: string;
    kind: TemplateKind;
    languages: string[];
    title: LocalizedText;
    description: LocalizedText;
  }

  export const shippedTemplates: ShippedTemplateInfo[];
}
