import { useLiveQuery } from './use-live-query';
import type { TemplateRecord } from '../records';

/** Templates imported from files on this device, newest first. */
export function useImportedTemplates(): TemplateRecord[] | undefined {
  return useLiveQuery(async (db) => (await db.templates.where('templateId').above('').toArray()).filter((r) => r.source === 'imported').sort((a, b) => b.storedAt - a.storedAt), []);
}
