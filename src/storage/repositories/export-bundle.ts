import { BUNDLE_FORMAT_VERSION, BUNDLE_TYPE, type RawAuditBundle } from '../../domain';
import type { ActionPlan } from '../../domain/runtime';
import type { AuditDatabase } from '../database';

/** Everything about one audit as a bundle object (see domain/bundle), ready to save as a file. */
export async function exportAuditBundle(db: AuditDatabase, auditId: string, appVersion: string, now: number = Date.now()): Promise<RawAuditBundle> {
  return db.transaction('r', [db.audits, db.respondents, db.answers, db.templates, db.plans], async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) throw new Error(`no audit ${auditId}`);
    const respondents = await db.respondents.where('auditId').equals(auditId).sortBy('createdAt');
    const answers = await db.answers.where('auditId').equals(auditId).toArray();
    const keys = [...new Set([audit.templateKey, ...respondents.map((r) => r.templateKey)])];
    const templates = (await db.templates.bulkGet(keys)).flatMap((record) => (record ? [record.template] : []));
    const plan = (await db.plans.get(auditId))?.plan as ActionPlan | undefined;
    return {
      type: BUNDLE_TYPE,
      formatVersion: BUNDLE_FORMAT_VERSION,
      exportedAt: now,
      source: { app: 'local-safety-audit', version: appVersion },
      audit: {
        id: audit.id,
        locality: audit.locality,
        ...(audit.periodStart ? { periodStart: audit.periodStart } : {}),
        ...(audit.periodEnd ? { periodEnd: audit.periodEnd } : {}),
        leadOrganisation: audit.leadOrganisation,
        language: audit.language === 'fr' ? 'fr' : 'en',
        templateKey: audit.templateKey,
        status: audit.status,
        createdAt: audit.createdAt,
        updatedAt: audit.updatedAt,
        ...(audit.removedRespondents?.length ? { removedRespondents: audit.removedRespondents } : {}),
      },
      templates,
      respondents: respondents.map((r) => ({
        id: r.id,
        code: r.code,
        type: r.type,
        templateKey: r.templateKey,
        excludedSections: r.excludedSections,
        completedSections: r.completedSections,
        ...(r.participants !== undefined ? { participants: r.participants } : {}),
        // A workshop's group and its private participants stay together on the other device.
        ...(r.session ? { session: { id: r.session.id, role: r.session.role, ...(r.session.via ? { via: r.session.via } : {}) } } : {}),
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      })),
      // Cleared answers travel too, so the other device learns of the clearing (import-bundle.ts).
      answers: answers.map((a) => ({ respondentId: a.respondentId, key: a.key, answer: a.answer, updatedAt: a.updatedAt, ...(a.cleared ? { cleared: true as const } : {}) })),
      ...(plan ? { plan } : {}),
    };
  });
}

/** "audit-riverbend-2026-09-15.json": locality without accents or spaces, and the date. */
export function bundleFileName(locality: string, now: number = Date.now(), prefix = 'audit'): string {
  const slug = locality.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'audit';
  return `${prefix}-${slug}-${new Date(now).toISOString().slice(0, 10)}.json`;
}
