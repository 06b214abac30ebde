import type { Answers } from '../answers/answer';
import type { Template } from '../template/template-schema';
import { assessItem } from './assess-item';
import { computeVisibility, type Visibility } from './visibility';

export interface SectionProgress {
  sectionId: string;
  visible: boolean;
  /** Left out by this respondent: not counted. */
  excluded: boolean;
  /** Visible questions that can be answered now. */
  total: number;
  answered: number;
  /** Required questions still empty. */
  requiredMissing: number;
}

export interface Progress {
  sections: SectionProgress[];
  total: number;
  answered: number;
  /** 0..1; 1 when nothing is left to answer. */
  ratio: number;
}

export interface ProgressOptions {
  excludedSections?: ReadonlySet<string>;
  visibility?: Visibility;
}

/** Answered over answerable, per visible section; hidden items count for nothing. */
export function computeProgress(template: Template, answers: Answers, options: ProgressOptions = {}): Progress {
  const visibility = options.visibility ?? computeVisibility(template, answers);
  const context = { template, answers, visibility };
  const sections = template.sections.map((section): SectionProgress => {
    const excluded = options.excludedSections?.has(section.id) ?? false;
    const visible = visibility.isSectionVisible(section.id);
    const progress: SectionProgress = { sectionId: section.id, visible, excluded, total: 0, answered: 0, requiredMissing: 0 };
    if (!visible || excluded) return progress;
    for (const item of section.items) {
      if (!visibility.isItemVisible(item.id)) continue;
      const assessment = assessItem(item, item.id, context, true);
      if (!assessment.applicable) continue;
      progress.total++;
      if (assessment.answered) progress.answered++;
      else if (item.required) progress.requiredMissing++;
    }
    return progress;
  });
  const total = sections.reduce((sum, s) => sum + s.total, 0);
  const answered = sections.reduce((sum, s) => sum + s.answered, 0);
  return { sections, total, answered, ratio: total === 0 ? 1 : answered / total };
}
