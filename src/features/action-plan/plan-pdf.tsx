import { useId, useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import type { ActionPlan, Findings, Template } from '../../domain/runtime';
import { isSupportedLanguage, type Language } from '../../i18n';
import { generatePdfInWorker, planFileName, type PdfProgress, type ReportAudit } from '../../report';
import { downloadBlob } from '../../components/download';
import { useLanguage } from '../../components/language-context';

interface PlanPdfProps {
  audit: ReportAudit & { language: string };
  templates: readonly Template[];
  findings: Findings;
  plan: ActionPlan | null;
}

type State = { kind: 'idle' } | { kind: 'making'; progress?: PdfProgress } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

/** Makes the printed action plan in a Web Worker (the page stays usable) and downloads it. */
export function PlanPdf({ audit, templates, findings, plan }: PlanPdfProps) {
  const { t } = useTranslation();
  const { language: screenLanguage } = useLanguage();
  const id = useId();
  const [language, setLanguage] = useState<Language>(isSupportedLanguage(audit.language) ? audit.language : screenLanguage);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const make = async () => {
    setState({ kind: 'making' });
    const now = new Date();
    // The person's own calendar date, not UTC's (a Canadian evening is already tomorrow in UTC).
    const generatedOn = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    try {
      const blob = await generatePdfInWorker(
        { audit, templates, findings, ...(plan ? { plan } : {}), language, generatedOn },
        (progress) => setState({ kind: 'making', progress }),
      );
      const file = planFileName(audit.locality, generatedOn, language);
      downloadBlob(blob, file);
      setState({ kind: 'done', file });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const progress = state.kind === 'making' ? state.progress : undefined;
  return (
    <section aria-labelledby={`${id}-title`} className="plan-pdf">
      <h2 id={`${id}-title`}>{t('plan.pdf.title')}</h2>
      <p>{t('plan.pdf.intro')}</p>
      <fieldset>
        <legend>{t('plan.pdf.language')}</legend>
        {(['en', 'fr'] as const).map((lang) => (
          <label key={lang} className="inline-check" lang={lang}>
            <input type="radio" name={`${id}-lang`} checked={language === lang} onChange={() => setLanguage(lang)} />
            {t(`app.languageNames.${lang}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary" disabled={state.kind === 'making'} onClick={() => void make()}>
        {state.kind === 'making' ? t('plan.pdf.making') : t('plan.pdf.make')}
      </button>
      <div role="status" aria-live="polite">
        {progress ? (
          <p>
            <progress max={progress.total} value={progress.done} aria-label={t('plan.pdf.making')} /> {t('plan.pdf.progress', { done: progress.done, total: progress.total })}
          </p>
        ) : null}
        {state.kind === 'done' ? <p>{t('plan.pdf.done', { file: state.file })}</p> : null}
      </div>
      {state.kind === 'failed' ? (
        <p className="error-text" role="alert">
          {t('plan.pdf.failed', { message: state.message })}
        </p>
      ) : null}
    </section>
  );
}
