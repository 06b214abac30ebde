// The part of the domain contract that works without zod: everything needed to run an
// already-validated template (visibility, options, progress, validation). Screens that
// only run questionnaires import from here, so the schema library stays out of their
// bundle; index.ts adds parsing and schemas on top.
export type { LocalizedText, LanguageCode } from './template/primitives';
export type { DiagnosticArea, Dimension, Measure, AnalysisRole } from './template/analysis-role';
export type { Condition } from './template/condition-schema';
export type { Option, OptionList, OptionSource } from './template/option-schema';
export type { Scale, NoticeItem, FieldItem, ListItem, MatrixItem, SingleChoiceItem, MultiChoiceItem, Item, ItemType } from './template/item-schema';
export type { Section, Template, TemplateKind } from './template/template-schema';
export * from './template/template-issue';
export { localize } from './template/localize';
export { indexTemplate, type ItemRef, type TemplateIndex } from './template/template-index';

export * from './answers/answer';
export * from './answers/answer-keys';
export { mergeEntryIds, sameEntryIds } from './answers/merge-entry-ids';

export { evaluateCondition, type AnswerLookup } from './engine/evaluate-condition';
export { computeVisibility, type Visibility } from './engine/visibility';
export { resolveOptions, type OptionContext, type OptionLabel, type ResolvedOption } from './engine/resolve-options';
export { itemOptions } from './engine/item-options';
export { effectiveAnswer, type ItemOptions } from './engine/effective-answer';
export * from './engine/answer-issue';
export { assessItem, type ItemAssessment } from './engine/assess-item';
export { checkValue, type ValueProblem } from './engine/check-value';
export { validateAnswers, type ValidateOptions } from './engine/validate-answers';
export { computeProgress, type Progress, type ProgressOptions, type SectionProgress } from './engine/progress';
export { templateDependencies, isDependencyKey, type Dependencies } from './engine/dependencies';
export type { ActionPlan, Action, ActionStatus, Indicator, Frequency, Priority, PriorityOverride, PartnerRef } from './plan/action-plan-schema';
export type { AuditBundle } from './bundle/parse-bundle';
export { MIN_PASSPHRASE_LENGTH, passphraseProblem, type PassphraseProblem } from './bundle/passphrase';
export { analysisInputFromBundle } from './bundle/bundle-analysis-input';
export { inCreationOrder, inOrderOfUse } from './analysis/input-order';
export type { BundleAudit, BundleRespondent, BundleAnswer } from './bundle/bundle-schema';
export type * from './analysis/findings';
export { emptyPlan, isUnstartedPlan } from './plan/plan-basics';
export { checkPlan, PLAN_PRIORITIES, type PlanIssue, type PlanIssueCode } from './plan/plan-check';
export { analyzeAudit, DEFAULT_ANALYSIS_OPTIONS } from './analysis/analyze-audit';
export { bandCount, DEFAULT_SMALL_COUNT_THRESHOLD } from './analysis/band';
export { FINDINGS_FORMAT_VERSION } from './analysis/findings';
