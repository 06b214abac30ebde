import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { Link } from 'wouter';
import type { Answer } from '../../../domain/runtime';
import { isPaperItem, paperNumbers, sessionConsented } from '../../../domain/workshop';
import { Page } from '../../../components/page';
import { useFormatters } from '../../../components/use-formatters';
import { useSessionAnswers, useSessionParticipants, useWorkshopActions } from '../../../storage';
import { ConsentFirst } from '../consent-first';
import { Missing } from '../missing';
import { useSession, type SessionData } from '../use-session';
import { useTemplateText } from '../use-template-text';
import { PaperLegend } from './paper-legend';
import { PaperRow } from './paper-row';
import { PrintBlank } from './print-blank';

const NOTHING: ReadonlyMap<string, Answer> = new Map();

export function PaperScreen({ auditId, sessionId }: { auditId: string; sessionId: string }) {
  const { t } = useTranslation();
  const data = useSession(auditId, sessionId);
  if (data === null) return <Missing auditId={auditId} />;
  if (!data) return <p>{t('common.loading')}</p>;
  return <Paper {...data} />;
}

/** Paper fallback: a blank form to print, and a fast table to type the filled-in forms. */
function Paper({ audit, session, template }: SessionData) {
  const { t } = useTranslation();
  const text = useTemplateText(template);
  const format = useFormatters();
  const actions = useWorkshopActions();
  const participants = useSessionParticipants(session.id);
  // Only the forms typed here: a private round's answers are never shown person by person.
  const forms = useMemo(() => participants?.filter((p) => p.session?.via !== 'round'), [participants]);
  const stored = useSessionAnswers(session.id);
  const [adding, setAdding] = useState(false);
  const items = template.sections.flatMap((s) => s.items).filter(isPaperItem);
  const numbers = paperNumbers(template);
  // Printed (numbered) but not typed here: grids and options drawn from other answers.
  const elsewhere = template.sections.flatMap((s) => s.items).filter((item) => numbers.has(item.id) && !isPaperItem(item)).map((item) => item.id);
  // The row whose first cell takes the focus as soon as it is on screen (a form just added).
  const focusRow = useRef<number | null>(null);
  const rows = forms?.length ?? 0;
  useEffect(() => {
    const row = focusRow.current;
    const cell = row === null ? null : document.querySelector<HTMLInputElement>(`input[data-paper-cell="${row}-0"]`);
    if (!cell) return;
    focusRow.current = null;
    cell.focus();
  }, [rows]);
  if (!forms || !stored) return <p>{t('common.loading')}</p>;
  const addForm = async () => {
    setAdding(true);
    focusRow.current = forms.length;
    // A refused write is reported by the app's write-failure notice; the button comes back either way.
    try {
      await actions.addParticipant(session.id, 'paper');
    } finally {
      setAdding(false);
    }
  };
  return (
    <Page title={t('workshop.paper.title', { code: session.code })} before={<Link href={`/${session.id}`}>{t('workshop.backToSession', { code: session.code })}</Link>}>
      <section aria-labelledby="ws-print-title">
        <h2 id="ws-print-title">{t('workshop.paper.printTitle')}</h2>
        <p>{t('workshop.paper.printIntro')}</p>
        <PrintBlank template={template} locality={audit.locality} sessionCode={session.code} />
      </section>
      <section aria-labelledby="ws-entry-title">
        <h2 id="ws-entry-title">{t('workshop.paper.entryTitle')}</h2>
        <p>{t('workshop.paper.entryIntro')}</p>
        <PaperLegend template={template} items={items} numbers={numbers} text={text} />
        {/* Printed on the form but not typed in the table (options from earlier answers, grids). */}
        {elsewhere.length ? <p className="help">{t('workshop.paper.elsewhere', { questions: format.list(elsewhere.map((id) => t('workshop.paper.q', { number: numbers.get(id) ?? 0 }))) })}</p> : null}
        {forms.length === 0 ? <p className="empty">{t('workshop.paper.none')}</p> : null}
        <div className="table-scroll ws-paper-scroll" role="region" aria-label={t('workshop.paper.tableLabel')} tabIndex={0}>
          <table className="ws-paper-table">
            <caption className="visually-hidden">{t('workshop.paper.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshop.paper.form')}</th>
                {items.map((item) => (
                  <th key={item.id} scope="col">
                    <span className="ws-paper-q">{t('workshop.paper.q', { number: numbers.get(item.id) ?? 0 })}</span>
                    <span className="ws-paper-label">{item.type === 'notice' ? '' : text(item.label)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {forms.map((form, row) => (
                <PaperRow key={form.id} auditId={audit.id} form={form} row={row} template={template} items={items} numbers={numbers} initial={stored.participants.get(form.id) ?? NOTHING} />
              ))}
            </tbody>
          </table>
        </div>
        {/* Forms are typed in once the group has agreed to go ahead, as in the room. */}
        {sessionConsented(template, stored.group) ? (
          <p>
            <button type="button" className="primary" onClick={() => void addForm()} disabled={adding}>
              {t('workshop.paper.add')}
            </button>
          </p>
        ) : (
          <ConsentFirst sessionId={session.id} code={session.code} />
        )}
      </section>
    </Page>
  );
}
