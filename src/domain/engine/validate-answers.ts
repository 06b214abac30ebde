import type { Answers } from '../answers/answer';
import { indexTemplate } from '../template/template-index';
import type { Template } from '../template/template-schema';
import type { AnswerIssue } from './answer-issue';
import { assessItem } from './assess-item';
import { computeVisibility, type Visibility } from './visibility';

export interface ValidateOptions {
  /** Also report required items left empty (when a section is marked complete). */
  requireComplete?: boolean;
  /** Only these sections; all when omitted. */
  sections?: readonly string[];
  /** Reuse a visibility already computed for these answers. */
  visibility?: Visibility;
}

/**
 * Problems with the answers of visible items. Hidden items keep their answers but are
 * not checked. Drafts are never blocked: this only reports.
 */
export function validateAnswers(template: Template, answers: Answers, options: ValidateOptions = {}): AnswerIssue[] {
  const visibility = options.visibility ?? computeVisibility(template, answers);
  const context = { template, answers, visibility };
  const only = options.sections ? new Set(options.sections) : undefined;
  const issues: AnswerIssue[] = [];
  for (const ref of indexTemplate(template).topLevel) {
    if (only && !only.has(ref.section.id)) continue;
    if (!visibility.isItemVisible(ref.item.id)) continue;
    issues.push(...assessItem(ref.item, ref.item.id, context, options.requireComplete === true).issues);
  }
  return issues;
}
