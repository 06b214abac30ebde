import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../database-context';
import type { TemplateRecord } from '../records';

/** Templates imported from files on this device, newest first. */
export function useImportedTemplates(): TemplateRecord[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.templates.where('templateId').above('').toArray()).filter((r) => r.source === 'imported').sort((a, b) => b.storedAt - a.storedAt), [db]);
}
