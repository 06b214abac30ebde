import { useState } from 'react';
import { useTranslation } from '../../../components/use-translation';
import type { Template } from '../../../domain/runtime';
import { useLanguage } from '../../../components/language-context';
import { SUPPORTED_LANGUAGES, type Language } from '../../../i18n';
import { downloadFile, makeBlankPdf } from './make-blank-pdf';

interface PrintBlankProps {
  template: Template;
  locality: string;
  sessionCode: string;
}

type Status = 'idle' | 'working' | 'done' | 'failed';

/** Downloads a blank questionnaire, in either language or both, for people who prefer paper. */
export function PrintBlank({ template, locality, sessionCode }: PrintBlankProps) {
  const { t } = useTranslation();
  const { language: shown } = useLanguage();
  const offered = SUPPORTED_LANGUAGES.filter((l) => template.languages.includes(l));
  const [language, setLanguage] = useState<Language>(offered.includes(shown) ? shown : (offered[0] ?? 'en'));
  const [bilingual, setBilingual] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  const print = async () => {
    setStatus('working');
    try {
      const generatedOn = new Date().toISOString().slice(0, 10);
      const { fileName, blob } = await makeBlankPdf({ template, language, bilingual, locality, sessionCode, generatedOn });
      downloadFile(blob, fileName);
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="form ws-print">
      <fieldset>
        <legend>{t('workshop.paper.printLanguage')}</legend>
        {offered.map((l) => (
          <label key={l} className="inline-check" lang={l}>
            <input type="radio" name="ws-print-language" checked={language === l} onChange={() => setLanguage(l)} />
            {t(`app.languageNames.${l}`)}
          </label>
        ))}
        {offered.length > 1 ? (
          <label className="inline-check">
            <input type="checkbox" checked={bilingual} onChange={(e) => setBilingual(e.target.checked)} />
            {t('workshop.paper.printBoth')}
          </label>
        ) : null}
      </fieldset>
      <div>
        <button type="button" className="primary" onClick={() => void print()} disabled={status === 'working'}>
          {t('workshop.paper.printButton')}
        </button>
      </div>
      <p role="status" className={status === 'failed' ? 'error-text' : 'muted'}>
        {status === 'working' ? t('workshop.paper.printing') : status === 'done' ? t('workshop.paper.printed') : status === 'failed' ? t('workshop.paper.printFailed') : ''}
      </p>
    </div>
  );
}
