import { shippedTemplates } from 'virtual:shipped-templates';
import { useImportedTemplates, type TemplateRecord } from '../../storage';

const SHIPPED = new Set(shippedTemplates.map((s) => `${s.id}@${s.version}`));

/**
 * Templates added on this device, apart from copies of the ones the app ships: an audit
 * file opened here brings its templates along, shipped ones included, and those are
 * already listed as shipped. Undefined while loading.
 */
export function useOwnTemplates(): TemplateRecord[] | undefined {
  return useImportedTemplates()?.filter((r) => !SHIPPED.has(`${r.templateId}@${r.version}`));
}
