// The domain contract: pure functions over plain data. Screens, storage, the report and
// the command line import from here only.
export * from './template/primitives';
export * from './template/analysis-role';
export type { Condition } from './template/condition-schema';
export { ConditionSchema } from './template/condition-schema';
export * from './template/option-schema';
export * from './template/item-schema';
export * from './template/template-schema';
export * from './template/template-issue';
export { localize } from './template/localize';
export { indexTemplate, type ItemRef, type TemplateIndex } from './template/template-index';
export { parseTemplate, parseTemplateText, checkTemplateSemantics, MAX_REPORTED_ISSUES, type TemplateParseResult } from './template/parse-template';
export { parseJsonText, MAX_FILE_CHARACTERS, MAX_DEPTH } from './template/pre-checks';

export * from './answers/answer';
export * from './answers/answer-keys';

export { evaluateCondition, type AnswerLookup } from './engine/evaluate-condition';
export { computeVisibility, type Visibility } from './engine/visibility';
export { resolveOptions, type OptionContext, type OptionLabel, type ResolvedOption } from './engine/resolve-options';
export { itemOptions } from './engine/item-options';
export { effectiveAnswer, type ItemOptions } from './engine/effective-answer';
export * from './engine/answer-issue';
export { assessItem, type ItemAssessment } from './engine/assess-item';
export { validateAnswers, type ValidateOptions } from './engine/validate-answers';
export { computeProgress, type Progress, type ProgressOptions, type SectionProgress } from './engine/progress';
export { templateDependencies, isDependencyKey, type Dependencies } from './engine/dependencies';
export { answersSchema, AnswerSchema, AnswerValueSchema } from './engine/answers-schema';
