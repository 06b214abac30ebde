import { useId, useState } from 'react';
import { useTranslation, type Translation } from '../../components/use-translation';
import { useLocation } from 'wouter';
import type { AuditBundle } from '../../domain/runtime';
import { formatTemplateIssue } from '../../i18n/format-template-issue';
import { useNotify } from '../../components/notifications';
import { useFormatters } from '../../components/use-formatters';
import { isQuotaError, useAuditFiles, type ImportMode } from '../../storage';
import { focusOnShow } from '../../components/focus-on-show';
import { FileQuestion } from './file-question';
import { PassphrasePrompt } from './passphrase-prompt';
import { useChangesText } from './use-changes-text';

type State =
  | { kind: 'idle' }
  /** Reading and checking the file, storing one audit, or restoring a backup's audits one by one. */
  | { kind: 'busy'; step: 'checking' | 'storing' }
  | { kind: 'restoring'; done: number; total: number }
  | { kind: 'passphrase'; file: File; wrong: boolean }
  | { kind: 'choose'; bundle: AuditBundle }
  | { kind: 'restore'; bundles: AuditBundle[]; file: string }
  /** Worded when shown, so that the message follows a change of language. */
  | { kind: 'error'; words: (words: Translation) => { message: string; details: string[] } };

const failure = (message: (words: Translation) => string, details: (words: Translation) => string[] = () => []): State => ({
  kind: 'error',
  words: (words) => ({ message: message(words), details: details(words) }),
});

/** Why a file was not opened, and each problem in it; it takes the focus, in view. */
function FileProblem({ message, details }: { message: string; details: string[] }) {
  return (
    <div className="outcome error" role="alert" tabIndex={-1} ref={focusOnShow}>
      <p>{message}</p>
      {details.length ? (
        <ul className="issue-list">
          {details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Opens an exported audit file: checked in full, then merged with or added beside what is here. */
export function OpenAuditFile() {
  const { t, i18n } = useTranslation();
  const files = useAuditFiles();
  const notify = useNotify();
  const format = useFormatters();
  const changes = useChangesText();
  const [, navigate] = useLocation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const id = useId();
  // The device may refuse (out of space, storage closed): the flows below are each one
  // transaction, so a failure changes nothing, and the screen says so instead of waiting.
  const guarded =
    <A extends unknown[]>(flow: (...args: A) => Promise<void>) =>
    (...args: A) =>
      flow(...args).catch((error: unknown) => setState(failure(({ t }) => t(isQuotaError(error) ? 'files.storeFull' : 'files.openFailed'))));

  const finish = guarded(async (bundle: AuditBundle, mode: ImportMode) => {
    setState({ kind: 'busy', step: 'storing' });
    const result = await files.importBundle(bundle, mode);
    if (!result.ok) return setState(failure(({ t }) => t('files.templateConflict', { template: result.templateKey })));
    const { summary } = result;
    setState({ kind: 'idle' });
    notify({
      message: t('files.imported', { locality: bundle.audit.locality, changes: changes(summary) }),
      timeout: 0,
    });
    navigate(`/audits/${summary.auditId}`);
  });

  const restore = guarded(async (bundles: AuditBundle[]) => {
    setState({ kind: 'restoring', done: 0, total: bundles.length });
    const summary = await files.restore(bundles, (done, total) => setState({ kind: 'restoring', done, total }));
    notify({
      message: t('files.restored', { count: summary.restored, changes: changes(summary) }),
      timeout: 0,
    });
    if (!summary.refused.length) return setState({ kind: 'idle' });
    setState(failure(({ t }) => t('files.restoreRefused'), ({ t }) => summary.refused.map((r) => t('files.refusedAudit', { locality: r.locality, template: r.templateKey }))));
  });

  const open = guarded(async (file: File, passphrase?: string) => {
    setState({ kind: 'busy', step: 'checking' });
    const outcome = await files.read(file, passphrase);
    if (outcome.kind === 'sealed') return setState({ kind: 'passphrase', file, wrong: false });
    if (outcome.kind === 'wrong-passphrase') return setState({ kind: 'passphrase', file, wrong: true });
    if (outcome.kind === 'too-large') return setState(failure(({ t }) => t('files.tooLarge', { file: file.name })));
    if (outcome.kind === 'unreadable') return setState(failure(({ t }) => t('files.unreadable', { file: file.name })));
    if (outcome.kind === 'rejected') {
      const { issues } = outcome;
      return setState(failure(({ t }) => t('files.rejected', { file: file.name, count: issues.length }), ({ i18n }) => issues.map((issue) => formatTemplateIssue(issue, i18n))));
    }
    if (outcome.kind === 'backup') return setState({ kind: 'restore', bundles: outcome.bundles, file: file.name });
    if (outcome.exists) return setState({ kind: 'choose', bundle: outcome.bundle });
    await finish(outcome.bundle, 'merge');
  });

  return (
    <div className="open-file">
      <label htmlFor={id}>{t('files.import')}</label>
      <p className="help">{t('files.importHelp')}</p>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        disabled={state.kind === 'busy' || state.kind === 'restoring'}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
      <div aria-live="polite">
        {state.kind === 'busy' ? <p>{t(state.step === 'checking' ? 'files.checking' : 'files.storing')}</p> : null}
        {state.kind === 'restoring' ? (
          <>
            <p id={`${id}-progress`}>{t('files.restoring', { current: format.number(Math.min(state.done + 1, state.total)), total: format.number(state.total) })}</p>
            {/* One audit is one step: the bar then moves without claiming a share done. */}
            {state.total > 1 ? <progress aria-labelledby={`${id}-progress`} max={state.total} value={state.done} /> : <progress aria-labelledby={`${id}-progress`} />}
          </>
        ) : null}
      </div>
      {state.kind === 'passphrase' ? (
        <PassphrasePrompt file={state.file.name} wrong={state.wrong} onOpen={(passphrase) => void open(state.file, passphrase)} onCancel={() => setState({ kind: 'idle' })} />
      ) : null}
      {state.kind === 'error' ? <FileProblem {...state.words({ t, i18n })} /> : null}
      {state.kind === 'restore' ? (
        <FileQuestion
          title={t('files.backupTitle', { file: state.file, count: state.bundles.length })}
          text={t('files.backupText', { localities: format.list(state.bundles.map((b) => b.audit.locality)) })}
          onCancel={() => setState({ kind: 'idle' })}
        >
          <button type="button" className="primary" onClick={() => void restore(state.bundles)}>
            {t('files.restore')}
          </button>
        </FileQuestion>
      ) : null}
      {state.kind === 'choose' ? (
        <FileQuestion title={t('files.sameAuditTitle')} text={t('files.sameAuditText', { locality: state.bundle.audit.locality })} onCancel={() => setState({ kind: 'idle' })}>
          <button type="button" className="primary" onClick={() => void finish(state.bundle, 'merge')}>
            {t('files.merge')}
          </button>
          <button type="button" onClick={() => void finish(state.bundle, 'copy')}>
            {t('files.copy')}
          </button>
        </FileQuestion>
      ) : null}
    </div>
  );
}
