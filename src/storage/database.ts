import { Dexie, liveQuery, type EntityTable, type Observable } from 'dexie';
import type { AnswerRecord, AuditRecord, PlanRecord, RespondentRecord, SettingRecord, TemplateRecord } from './records';
import { DATABASE_NAME } from './database-name';
import { defineV1 } from './schema/v1';

export { DATABASE_NAME };

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

  /** A query re-run whenever what it read changes (Dexie's liveQuery), for hooks/use-live-query.ts. */
  live<T>(querier: () => Promise<T> | T): Observable<T> {
    return liveQuery(querier);
  }
}
