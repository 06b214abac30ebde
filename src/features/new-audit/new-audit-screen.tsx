import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import { Link, useLocation } from 'wouter';
import { shippedTemplates } from 'virtual:shipped-templates';
import { localize } from '../../domain/template/localize';
import { Field } from '../../components/field';
import { useLanguage } from '../../components/language-context';
import { Page } from '../../components/page';
import { useAuditActions } from '../../storage';
import { useOwnTemplates } from '../templates/own-templates';
import { fetchShippedTemplate } from '../../storage/template-source';
import { newAuditSchema, type NewAuditInput, type NewAuditValues } from './new-audit-schema';
import './new-audit.css';

const mainTemplates = shippedTemplates.filter((t) => t.kind !== 'workshop');

export function NewAuditScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [, navigate] = useLocation();
  const actions = useAuditActions();
  const [failure, setFailure] = useState<string | null>(null);
  const imported = (useOwnTemplates() ?? []).filter((r) => r.kind !== 'workshop');
  const { register, handleSubmit, formState } = useForm<NewAuditInput, unknown, NewAuditValues>({
    resolver: zodResolver(newAuditSchema),
    defaultValues: { templateFile: mainTemplates.find((x) => x.kind === 'diagnostic')?.file ?? '', locality: '', leadOrganisation: '', language },
  });
  const { errors, isSubmitting } = formState;
  const message = (key?: string) => (key ? t(key as 'newAudit.errors.locality') : undefined);

  const submit = async (values: NewAuditValues) => {
    setFailure(null);
    const { templateFile, ...audit } = values;
    const own = imported.find((r) => `db:${r.key}` === templateFile);
    const loaded = own ? { ok: true as const, template: own.template } : await fetchShippedTemplate(templateFile);
    if (!loaded.ok) {
      setFailure('unavailable' in loaded ? t('newAudit.errors.templateUnavailable') : t('newAudit.errors.templateInvalid'));
      return;
    }
    const id = await actions.createAudit({ ...audit, periodStart: audit.periodStart || undefined, periodEnd: audit.periodEnd || undefined }, loaded.template);
    navigate(`/audits/${id}`);
  };

  return (
    <Page title={t('newAudit.title')} before={<Link href="/">{t('common.backToAudits')}</Link>}>
      <p>{t('newAudit.intro')}</p>
      {failure ? (
        <p className="error-text" role="alert">
          {failure}
        </p>
      ) : null}
      <form className="form" noValidate onSubmit={handleSubmit(submit)}>
        <fieldset className="template-choice">
          <legend>{t('newAudit.template')}</legend>
          <p className="help">{t('newAudit.templateHelp')}</p>
          {mainTemplates.map((tpl) => (
            <label key={tpl.file} className="choice-card">
              <input type="radio" value={tpl.file} {...register('templateFile')} />
              <span>
                <strong>{localize(tpl.title, language)}</strong> <span className="muted">({t('newAudit.version', { version: tpl.version })})</span>
                <br />
                <span className="muted">{localize(tpl.description, language)}</span>
              </span>
            </label>
          ))}
          {imported.map((r) => (
            <label key={r.key} className="choice-card">
              <input type="radio" value={`db:${r.key}`} {...register('templateFile')} />
              <span>
                <strong>{localize(r.template.title, language, r.template.languages)}</strong> <span className="muted">({t('newAudit.version', { version: r.version })})</span>
                <br />
                <span className="muted">{localize(r.template.description, language, r.template.languages)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Field label={t('newAudit.locality')} help={t('newAudit.localityHelp')} error={message(errors.locality?.message)} required>
          <input type="text" autoComplete="off" {...register('locality')} />
        </Field>
        <Field label={t('newAudit.leadOrganisation')} error={message(errors.leadOrganisation?.message)} required>
          <input type="text" autoComplete="organization" {...register('leadOrganisation')} />
        </Field>
        <div className="field-row">
          <Field label={t('newAudit.periodStart')}>
            <input type="date" {...register('periodStart')} />
          </Field>
          <Field label={t('newAudit.periodEnd')} error={message(errors.periodEnd?.message)}>
            <input type="date" {...register('periodEnd')} />
          </Field>
        </div>
        <fieldset>
          <legend>{t('newAudit.language')}</legend>
          {(['en', 'fr'] as const).map((lang) => (
            <label key={lang} className="inline-check" lang={lang}>
              <input type="radio" value={lang} {...register('language')} />
              {t(`app.languageNames.${lang}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? t('newAudit.creating') : t('newAudit.create')}
        </button>
      </form>
    </Page>
  );
}
