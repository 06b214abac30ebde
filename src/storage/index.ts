// The storage contract for screens: hooks and bound actions. The database itself is
// reached only through these (and DatabaseProvider at the app's root). Nothing here may
// pull in zod schemas: this barrel is on the first screen; template-source.ts is separate.
export type { AuditDatabase } from './database';
export { DATABASE_NAME } from './database-name';
export { DatabaseProvider } from './database-context';
export { lazyDatabase, type DatabaseSource } from './database-source';
export * from './records';
export { useAuditSummaries, useTrashedAudits, useAudit, type AuditSummary } from './hooks/use-audits';
export { useRespondents, useRespondent, useTemplateRecord } from './hooks/use-respondents';
export { useAuditActions } from './hooks/use-audit-actions';
export { createAnswerWriter, isQuotaError, type AnswerWriter, type SaveStatus } from './answer-writer';
export type { AnswerChange, SaveResult } from './repositories/answers-repo';
export type { NewAudit, AuditPatch } from './repositories/audits-repo';
export type { NewRespondent, RespondentPatch } from './repositories/respondents-repo';
export { CodeInUseError } from './repositories/respondents-repo';
export { useRunnerData } from './hooks/use-runner-data';
export type { RunnerData } from './repositories/runner-data';
export { useAnswerSaver, type AnswerSaver } from './hooks/use-answer-saver';
export { useImportedTemplates } from './hooks/use-stored-templates';
export type { ImportTemplateResult } from './repositories/import-template';
export { useStorageStatus } from './hooks/use-storage-status';
export type { StorageStatus } from './device-storage';
export { useAuditFiles, type ReadOutcome } from './hooks/use-audit-files';
export type { ImportMode, ImportSummary } from './repositories/import-bundle';
export type { RestoreSummary } from './repositories/backup';
export { usePlan, usePlanSaver, usePlanJournal, type PlanJournal, type PlanSaver } from './hooks/use-plan';
export { useAnalysisData } from './hooks/use-analysis-data';
export { samePlanContent } from './repositories/plans-repo';
export type { AuditAnalysisData } from './repositories/analysis-input';
export { useWorkshopSessions, useSessionParticipants, useSessionAnswers, useWorkshopActions } from './hooks/use-workshop';
export type { NewWorkshopSession, SessionAnswers } from './repositories/workshop-repo';
