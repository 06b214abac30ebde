// The domain contract: pure functions over plain data. Screens, storage, the report and
// the command line import from here (or from runtime.ts, its zod-free part).
export * from './runtime';
export * from './template/primitives';
export * from './template/analysis-role';
export * from './template/analysis-role-schema';
export { ConditionSchema } from './template/condition-schema';
export * from './template/option-schema';
export * from './template/item-schema';
export * from './template/template-schema';
export { parseTemplate, parseTemplateText, checkTemplateSemantics, MAX_REPORTED_ISSUES, type TemplateParseResult } from './template/parse-template';
export { parseJsonText, MAX_FILE_CHARACTERS, MAX_DEPTH } from './template/pre-checks';
export { answersSchema, AnswerSchema, AnswerValueSchema } from './engine/answers-schema';
export * from './plan/action-plan-schema';
export * from './bundle/bundle-schema';
export { parseBundle, parseBundleText, MAX_BUNDLE_CHARACTERS, type AuditBundle, type BundleParseResult } from './bundle/parse-bundle';
export { looksSealed, parseSealedFile, sealText, unsealText, SEALED_TYPE, type SealedFile } from './bundle/sealed-file';
export { openAuditText, MAX_SEALED_CHARACTERS, type OpenAuditResult } from './bundle/open-audit-text';
export { parseBackup, looksLikeBackup, BackupSchema, BACKUP_TYPE, BACKUP_FORMAT_VERSION, type RawBackup, type BackupParseResult } from './bundle/backup';
