import type { Template } from '../../domain';
import type { AuditDatabase } from '../database';
import { systemClock, type Clock } from '../ids';
import { templateKey } from '../records';

/** `added` false: the very same template was already on this device, and nothing changed. */
export type ImportTemplateResult = { ok: true; key: string; added: boolean } | { ok: false; reason: 'version-exists' };

/**
 * Adds a template a person chose from a file (already validated). A version already on
 * this device with different content is refused: audits rely on a version never changing.
 */
export async function importTemplate(db: AuditDatabase, template: Template, clock: Clock = systemClock): Promise<ImportTemplateResult> {
  const key = templateKey(template.id, template.version);
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(key);
    if (existing) {
      return JSON.stringify(existing.template) === JSON.stringify(template) ? { ok: true as const, key, added: false } : { ok: false as const, reason: 'version-exists' as const };
    }
    await db.templates.add({ key, templateId: template.id, version: template.version, kind: template.kind, template, source: 'imported', storedAt: clock() });
    return { ok: true as const, key, added: true };
  });
}
