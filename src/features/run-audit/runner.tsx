import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import { Link, useLocation } from 'wouter';
import { computeVisibility, isDependencyKey, localize, templateDependencies, type Answer, type LocalizedText, type Template } from '../../domain/runtime';
import { useLanguage } from '../../components/language-context';
import { useNotify } from '../../components/notifications';
import { Page } from '../../components/page';
import { useAnswerSaver, useAuditActions, type AuditRecord, type RespondentRecord } from '../../storage';
import { AnswerErrorsContext } from './answer-errors';
import { valuesToAnswers } from './answer-values';
import { RunnerContext, type RunnerContextValue } from './runner-context';
import { SaveStatusView } from './save-status';
import { SectionControls } from './section-controls';
import { SectionNav } from './section-nav';
import { SectionStateContext } from './section-state';
import { SectionView } from './section-view';
import { useAnswerFocus } from './use-answer-focus';
import { useCompletionCheck } from './use-completion-check';
import { useEntryPurge } from './use-entry-purge';
import { useProgressTracker } from './use-progress-tracker';
import { useRunnerForm } from './use-runner-form';
import './runner.css';

interface RunnerProps {
  audit: AuditRecord;
  respondent: RespondentRecord;
  template: Template;
  initial: ReadonlyMap<string, Answer>;
  sectionId: string;
}

export function Runner({ audit, respondent, template, initial, sectionId }: RunnerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notify = useNotify();
  const [, navigate] = useLocation();
  const actions = useAuditActions();
  const form = useRunnerForm(template, initial, sectionId);
  const [version, refresh] = useReducer((n: number) => n + 1, 0);
  const [attempt, setAttempt] = useState(0);
  const dependencies = templateDependencies(template);
  const readAnswers = useCallback(() => valuesToAnswers(form.getValues()), [form]);
  const persistProgress = useCompletionCheck(template, respondent, readAnswers);
  const tracker = useProgressTracker(template, readAnswers, respondent.excludedSections, persistProgress);
  const { schedule } = tracker;
  const afterChange = useCallback(
    (key: string) => {
      if (isDependencyKey(dependencies, key)) refresh();
      schedule();
    },
    [dependencies, schedule],
  );
  const onExternal = useCallback(
    (key: string, answer: Answer | null, catchUp?: boolean) => {
      if (catchUp && JSON.stringify(form.getValues(key)) === JSON.stringify(answer ?? undefined)) return;
      form.setValue(key, answer ?? undefined);
      afterChange(key);
    },
    [form, afterChange],
  );
  const { saver, status } = useAnswerSaver(audit.id, respondent.id, onExternal);
  const purgeEntryLater = useEntryPurge(form, saver);
  // The input of each answer that the error summary's links move focus to.
  const { errors, isSubmitted } = form.formState;
  const answerErrors = useMemo(() => ({ errors, recheck: isSubmitted }), [errors, isSubmitted]);

  const text = useCallback((value: LocalizedText | undefined) => localize(value, language, template.languages), [language, template.languages]);
  const { focusAnswer, bindInput, registerOpener } = useAnswerFocus();
  const context = useMemo<RunnerContextValue>(
    () => ({
      template,
      text,
      setValue: (key, answer, options) => form.setValue(key, answer, options),
      changed: (key, answer, base) => {
        saver.save(key, answer ?? null, base);
        afterChange(key);
      },
      purgeEntryLater,
      bindInput,
      registerOpener,
    }),
    [template, text, form, saver, afterChange, purgeEntryLater, bindInput, registerOpener],
  );
  // Recomputed only when an answer that something depends on changes (see refresh).
  const state = useMemo(() => {
    const answers = readAnswers();
    return { template, answers, visibility: computeVisibility(template, answers), version };
  }, [template, readAnswers, version]);

  const index = Math.max(0, template.sections.findIndex((s) => s.id === sectionId));
  const section = template.sections[index] ?? template.sections[0];
  const shownId = section?.id;
  // Problems found on marking one section complete are that section's: another starts clean.
  // Only on a change of section: the first render has no errors to clear, and a deep link's
  // first render (flushSync, boot.tsx) runs its effects before the first question is usable.
  const shownBefore = useRef(shownId);
  useEffect(() => {
    if (shownBefore.current === shownId) return;
    shownBefore.current = shownId;
    form.clearErrors();
  }, [form, shownId]);
  if (!section) return null;
  const baseHref = `/audits/${audit.id}/respondents/${respondent.id}`;
  const markComplete = form.handleSubmit(
    async () => {
      const completed = [...new Set([...respondent.completedSections, section.id])];
      await actions.updateRespondent(respondent.id, { completedSections: completed });
      notify({ message: t('runner.markedComplete') });
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    <RunnerContext.Provider value={context}>
      <SectionStateContext.Provider value={state}>
        <AnswerErrorsContext.Provider value={answerErrors}>
        <FormProvider {...form}>
          <Page
            title={text(section.title)}
            before={
              <p className="runner-context">
                <Link href={`/audits/${audit.id}`}>{t('runner.backToAudit', { locality: audit.locality })}</Link>
                <span>{t('runner.respondent', { code: respondent.code })}</span>
                <span>{t('runner.sectionOf', { number: index + 1, total: template.sections.length })}</span>
              </p>
            }
            actions={<SaveStatusView status={status} onRetry={() => void saver.flush()} />}
          >
            <div className="runner">
              <SectionNav template={template} baseHref={baseHref} currentId={section.id} progress={tracker.progress} completed={respondent.completedSections} excluded={respondent.excludedSections} />
              {/* Enter in a field never marks the section complete: only its button does. */}
              <form className="runner-main" noValidate onSubmit={(e) => e.preventDefault()}>
                <SectionView key={section.id} template={template} section={section} excluded={respondent.excludedSections.includes(section.id)} attempt={attempt} onFocusAnswer={focusAnswer} />
                <SectionControls
                  template={template}
                  index={index}
                  respondent={respondent}
                  onGo={(id) => navigate(`${baseHref}/${id}`)}
                  onToggleExcluded={(excluded) => void actions.updateRespondent(respondent.id, { excludedSections: excluded })}
                  onComplete={() => void markComplete()}
                  onReopen={() => void actions.updateRespondent(respondent.id, { completedSections: respondent.completedSections.filter((s) => s !== section.id) })}
                />
              </form>
            </div>
          </Page>
        </FormProvider>
        </AnswerErrorsContext.Provider>
      </SectionStateContext.Provider>
    </RunnerContext.Provider>
  );
}
