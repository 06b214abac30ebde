import type { Template } from '../../domain';
import type { AuditDatabase } from '../database';
import { templateKey, type TemplateRecord } from '../records';
import { systemClock, type Clock } from '../ids';

/**
 * Keeps a snapshot of a template version. Snapshots are immutable: an audit always
 * reopens with the exact template it started with, whatever the app ships later.
 */
export async function storeTemplate(db: AuditDatabase, template: Template, source: TemplateRecord['source'], clock: Clock = systemClock): Promise<string> {
  const key = templateKey(template.id, template.version);
  await db.transaction('rw', db.templates, async () => {
    if (await db.templates.get(key)) return;
    await db.templates.add({ key, templateId: template.id, version: template.version, kind: template.kind, template, source, storedAt: clock() });
  });
  return key;
}

export function getTemplate(db: AuditDatabase, key: string): Promise<TemplateRecord | undefined> {
  return db.templates.get(key);
}

export function listStoredTemplates(db: AuditDatabase): Promise<TemplateRecord[]> {
  return db.templates.toArray();
}
