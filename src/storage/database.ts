import { Dexie, type EntityTable } from 'dexie';
import type { AnswerRecord, AuditRecord, PlanRecord, RespondentRecord, SettingRecord, TemplateRecord } from './records';
import { defineV1 } from './schema/v1';

export const DATABASE_NAME = 'local-safety-audit';

/** Every schema version in order; the last one is current. */
export const SCHEMA_VERSIONS = [defineV1] as const;

export class AuditDatabase extends Dexie {
  templates!: EntityTable<TemplateRecord, 'key'>;
  audits!: EntityTable<AuditRecord, 'id'>;
  respondents!: EntityTable<RespondentRecord, 'id'>;
  answers!: Dexie.Table<AnswerRecord, [string, string]>;
  plans!: EntityTable<PlanRecord, 'auditId'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const define of SCHEMA_VERSIONS) define(this);
  }
}
