import type { Dexie } from 'dexie';

/**
 * Schema version 1. Never edit after release: add vN.ts for a change, with an upgrade
 * function and a test that opens a database written by version N-1.
 */
export const V1_STORES = {
  templates: 'key, templateId',
  audits: 'id, updatedAt, status, deletedAt',
  respondents: 'id, auditId',
  answers: '[respondentId+key], respondentId, auditId',
  plans: 'auditId',
  settings: 'key',
} as const;

export function defineV1(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}
