import { useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import { shippedTemplates } from 'virtual:shipped-templates';
import type { Template } from '../../domain';
import { localize } from '../../domain/template/localize';
import { isAnonymousCode } from '../../domain/respondents/respondent-code';
import { Field } from '../../components/field';
import { useLanguage } from '../../components/language-context';
import { CodeInUseError, RESPONDENT_TYPES, useAuditActions, type RespondentType } from '../../storage';
import { fetchShippedTemplate } from '../../storage/template-source';

interface AddRespondentFormProps {
  auditId: string;
  mainTemplate: Template;
  onAdded: (respondentId: string) => void;
}

interface Values {
  type: RespondentType;
  templateId: string;
  code: string;
}

export function AddRespondentForm({ auditId, mainTemplate, onAdded }: AddRespondentFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const actions = useAuditActions();
  const [failure, setFailure] = useState(false);
  const others = shippedTemplates.filter((s) => s.id !== mainTemplate.id);
  const workshop = others.find((s) => s.kind === 'workshop');
  const { register, handleSubmit, setValue, reset, setError, formState } = useForm<Values>({
    defaultValues: { type: 'interview', templateId: mainTemplate.id, code: '' },
  });

  const submit = async (values: Values) => {
    setFailure(false);
    let template: Template | undefined = mainTemplate;
    if (values.templateId !== mainTemplate.id) {
      const info = others.find((s) => s.id === values.templateId);
      const loaded = info ? await fetchShippedTemplate(info.file) : undefined;
      template = loaded?.ok ? loaded.template : undefined;
    }
    if (!template) {
      setFailure(true);
      return;
    }
    const code = values.code.trim().slice(0, 24) || undefined;
    let id: string;
    try {
      id = await actions.addRespondent({ auditId, type: values.type, code }, template);
    } catch (error) {
      if (!(error instanceof CodeInUseError)) throw error;
      setError('code', { message: t('overview.codeInUse', { code: error.code }) }, { shouldFocus: true });
      return;
    }
    reset({ ...values, code: '' });
    onAdded(id);
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit(submit)} aria-labelledby="add-respondent-title">
      <h3 id="add-respondent-title">{t('overview.addRespondent')}</h3>
      <fieldset>
        <legend>{t('overview.type')}</legend>
        {RESPONDENT_TYPES.map((type) => (
          <label key={type} className="inline-check">
            <input
              type="radio"
              value={type}
              {...register('type', {
                // The checked radio's own value: react-hook-form keeps one set of options per
                // field, the last radio's, so a value captured here would always be 'other'.
                onChange: (event: ChangeEvent<HTMLInputElement>) => setValue('templateId', event.target.value === 'workshop' && workshop ? workshop.id : mainTemplate.id),
              })}
            />
            {t(`overview.respondentTypes.${type}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('overview.respondentTemplate')}>
        <select {...register('templateId')}>
          <option value={mainTemplate.id}>{localize(mainTemplate.title, language)}</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {localize(s.title, language)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('overview.code')} help={t('overview.codeHelp')} error={formState.errors.code?.message}>
        <input type="text" autoComplete="off" maxLength={24} {...register('code', { validate: (code) => !code.trim() || isAnonymousCode(code.trim()) || t('overview.codeNotAnonymous') })} />
      </Field>
      {failure ? (
        <p className="error-text" role="alert">
          {t('overview.templateUnavailable')}
        </p>
      ) : null}
      <div>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('overview.adding') : t('overview.add')}
        </button>
      </div>
    </form>
  );
}
