import { useCallback } from 'react';
import { useTranslation } from '../../components/use-translation';
import { useNotify } from '../../components/notifications';
import { localize, validateAnswers, type Answers, type Template } from '../../domain/runtime';
import { useFormatters } from '../../components/use-formatters';
import { useLanguage } from '../../components/language-context';
import { useAuditActions, type ProgressSummary, type RespondentRecord } from '../../storage';

/**
 * Keeps the respondent's progress, and its "complete" marks honest: a section marked
 * complete whose required answer has since been cleared (or an answer made invalid) is
 * no longer complete, and the person is told. Runs with the progress count, a moment after
 * typing stops, never per keystroke.
 */
export function useCompletionCheck(template: Template, respondent: RespondentRecord, readAnswers: () => Answers): (progress: ProgressSummary) => void {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormatters();
  const notify = useNotify();
  const actions = useAuditActions();
  return useCallback(
    (progress: ProgressSummary) => {
      const completed = respondent.completedSections;
      const answers = completed.length ? readAnswers() : undefined;
      const broken = answers ? completed.filter((id) => validateAnswers(template, answers, { requireComplete: true, sections: [id] }).length > 0) : [];
      if (broken.length === 0) return void actions.updateRespondent(respondent.id, { progress });
      void actions.updateRespondent(respondent.id, { progress, completedSections: completed.filter((id) => !broken.includes(id)) });
      const titles = template.sections.filter((s) => broken.includes(s.id)).map((s) => localize(s.title, language, template.languages));
      notify({ message: t('runner.noLongerComplete', { count: titles.length, sections: format.list(titles) }) });
    },
    [actions, format, language, notify, readAnswers, respondent.completedSections, respondent.id, t, template],
  );
}
