import { useId, useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { MAX_FILE_CHARACTERS, localize, parseTemplateText } from '../../domain';
import { formatTemplateIssue } from '../../i18n/format-template-issue';
import { Field } from '../../components/field';
import { useLanguage } from '../../components/language-context';
import { shippedTemplates } from 'virtual:shipped-templates';
import { isQuotaError, useAuditActions } from '../../storage';
import { fetchShippedTemplate } from '../../storage/template-source';
import type { Template } from '../../domain/runtime';

/**
 * A file reusing the id and version of a template the app ships, with other content: it
 * would stand in for the shipped one in every audit made on this device afterwards.
 */
async function againstShipped(template: Template): Promise<'none' | 'same' | 'different'> {
  const shipped = shippedTemplates.find((s) => s.id === template.id && s.version === template.version);
  if (!shipped) return 'none';
  const loaded = await fetchShippedTemplate(shipped.file);
  return loaded.ok && JSON.stringify(loaded.template) === JSON.stringify(template) ? 'same' : 'different';
}

type Outcome = { kind: 'ok' | 'info'; message: string } | { kind: 'error'; message: string; details: string[] } | null;

/** Reads a template file, validates it fully, and stores it only when it has no problem. */
export function TemplateImport() {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const actions = useAuditActions();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const resultId = useId();

  const check = async (file: File) => {
    setBusy(true);
    try {
      if (file.size > MAX_FILE_CHARACTERS * 4) return setOutcome({ kind: 'error', message: t('templates.tooLarge', { file: file.name }), details: [] });
      let text: string;
      try {
        text = await file.text();
      } catch {
        return setOutcome({ kind: 'error', message: t('templates.unreadable', { file: file.name }), details: [] });
      }
      const parsed = parseTemplateText(text);
      if (!parsed.ok) {
        const details = parsed.issues.map((issue) => formatTemplateIssue(issue, i18n));
        return setOutcome({ kind: 'error', message: t('templates.rejected', { file: file.name, count: parsed.issues.length }), details });
      }
      const { template } = parsed;
      const names = { title: localize(template.title, language, template.languages), version: template.version, id: template.id };
      const shipped = await againstShipped(template);
      if (shipped === 'different') return setOutcome({ kind: 'error', message: t('templates.versionExists', names), details: [] });
      if (shipped === 'same') return setOutcome({ kind: 'info', message: t('templates.alreadyShipped', names) });
      const stored = await actions.importTemplate(template);
      if (!stored.ok) return setOutcome({ kind: 'error', message: t('templates.versionExists', names), details: [] });
      setOutcome(stored.added ? { kind: 'ok', message: t('templates.added', names) } : { kind: 'info', message: t('templates.alreadyThere', names) });
    } catch (error) {
      // The device refused the write (out of space, storage closed): nothing was stored.
      setOutcome({ kind: 'error', message: t(isQuotaError(error) ? 'templates.storeFull' : 'templates.storeFailed'), details: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('templates.import')}</h2>
      <Field label={t('templates.chooseFile')} help={t('templates.chooseFileHelp')}>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-controls={resultId}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void check(file);
          }}
        />
      </Field>
      <div id={resultId} aria-live="polite">
        {busy ? <p>{t('templates.checking')}</p> : null}
        {outcome ? (
          <div className={`outcome ${outcome.kind}`} role={outcome.kind === 'error' ? 'alert' : 'status'}>
            <p>{outcome.message}</p>
            {outcome.kind === 'error' && outcome.details.length > 0 ? (
              <ul className="issue-list">
                {outcome.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
