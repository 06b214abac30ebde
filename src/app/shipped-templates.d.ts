declare module 'virtual:shipped-templates' {
  /** Metadata of a template shipped with the app (see tools/shipped-templates-plugin.ts). */
  export interface ShippedTemplateInfo {
    /** Path relative to the app's base URL. */
    file: string;
    id: string;
    version: string;
    kind: 'diagnostic' | 'rapid-scan' | 'workshop' | 'other';
    languages: string[];
    title: Record<string, string>;
    description: Record<string, string>;
  }

  export const shippedTemplates: ShippedTemplateInfo[];
}
