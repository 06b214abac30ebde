import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../../../components/use-translation';
import { localize } from '../../../domain/runtime';
import { Field } from '../../../components/field';
import { useLanguage } from '../../../components/language-context';
import { CodeInUseError, useWorkshopActions } from '../../../storage';
import { startSessionSchema, type StartSessionInput, type StartSessionValues } from './start-session-schema';
import type { TemplateChoice } from './template-choices';

interface StartSessionFormProps {
  auditId: string;
  choices: readonly TemplateChoice[];
  onStarted: (sessionId: string) => void;
}

/** A session needs a questionnaire and a head count: never a list of names. */
export function StartSessionForm({ auditId, choices, onStarted }: StartSessionFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const actions = useWorkshopActions();
  const [unavailable, setUnavailable] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm<StartSessionInput, unknown, StartSessionValues>({
    resolver: zodResolver(startSessionSchema),
    defaultValues: { template: choices[0]?.value ?? '', participants: '', code: '' },
  });
  const { errors, isSubmitting } = formState;
  const message = (key?: string) => (key ? t(key as 'workshop.start.errors.participants') : undefined);

  const submit = async (values: StartSessionValues) => {
    setUnavailable(false);
    const template = await choices.find((c) => c.value === values.template)?.load();
    if (!template) {
      setUnavailable(true);
      return;
    }
    try {
      onStarted(await actions.createSession({ auditId, participants: values.participants, code: values.code || undefined }, template));
    } catch (error) {
      if (!(error instanceof CodeInUseError)) throw error;
      setError('code', { message: 'workshop.start.errors.codeInUse' }, { shouldFocus: true });
    }
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit(submit)} aria-labelledby="start-session-title">
      <h2 id="start-session-title">{t('workshop.start.title')}</h2>
      <p className="help">{t('workshop.start.intro')}</p>
      <Field label={t('workshop.start.template')} help={t('workshop.start.templateHelp')} error={message(errors.template?.message)}>
        <select {...register('template')}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {localize(c.title, language)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('workshop.start.participants')} help={t('workshop.start.participantsHelp')} error={message(errors.participants?.message)} required>
        <input type="number" inputMode="numeric" min={1} max={10000} step={1} autoComplete="off" {...register('participants')} />
      </Field>
      <Field label={t('workshop.start.code')} help={t('workshop.start.codeHelp')} error={message(errors.code?.message)}>
        <input type="text" maxLength={24} autoComplete="off" {...register('code')} />
      </Field>
      {unavailable ? (
        <p className="error-text" role="alert">
          {t('workshop.start.unavailable')}
        </p>
      ) : null}
      <div>
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? t('workshop.start.starting') : t('workshop.start.submit')}
        </button>
      </div>
    </form>
  );
}
