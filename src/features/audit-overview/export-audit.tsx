import { useId, useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { downloadBlob } from '../../components/download';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem, type PassphraseProblem } from '../../domain/runtime';
import { useAuditFiles } from '../../storage';

type State = { kind: 'idle' } | { kind: 'busy'; sealing: boolean } | { kind: 'done'; file: string; sealed: boolean } | { kind: 'failed' };

/** Saves the audit as one file, sealed with a passphrase if the person asks for it. */
export function ExportAudit({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const files = useAuditFiles();
  const id = useId();
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem>();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const save = async () => {
    const found = protect ? passphraseProblem(passphrase, repeated) : undefined;
    setProblem(found);
    if (found) return document.getElementById(found === 'too-short' ? `${id}-pass` : `${id}-again`)?.focus();
    setState({ kind: 'busy', sealing: protect });
    try {
      const { blob, fileName } = await files.exportAudit(auditId, __APP_VERSION__, protect ? passphrase : undefined);
      downloadBlob(blob, fileName);
      setState({ kind: 'done', file: fileName, sealed: protect });
      setPassphrase('');
      setRepeated('');
    } catch {
      setState({ kind: 'failed' });
    }
  };
  const problemText = problem === 'too-short' ? t('files.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH }) : problem === 'mismatch' ? t('files.passphraseMismatch') : undefined;

  return (
    <form
      className="export-audit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="help">{t('files.exportHelp')}</p>
      <label className="inline-check">
        <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} aria-describedby={`${id}-protect-help`} />
        {t('files.protect')}
      </label>
      <p className="help" id={`${id}-protect-help`}>
        {protect ? t('files.protectHelp', { min: MIN_PASSPHRASE_LENGTH }) : t('files.exportPlain')}
      </p>
      {protect ? (
        <div className="passphrase-fields">
          <label htmlFor={`${id}-pass`}>{t('files.passphrase')}</label>
          <input
            id={`${id}-pass`}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            aria-invalid={problem === 'too-short' || undefined}
            aria-describedby={problem === 'too-short' ? `${id}-problem` : undefined}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <label htmlFor={`${id}-again`}>{t('files.repeatPassphrase')}</label>
          <input
            id={`${id}-again`}
            type="password"
            autoComplete="new-password"
            value={repeated}
            aria-invalid={problem === 'mismatch' || undefined}
            aria-describedby={problem === 'mismatch' ? `${id}-problem` : undefined}
            onChange={(e) => setRepeated(e.target.value)}
          />
          {problemText ? (
            <p className="error-text" id={`${id}-problem`} role="alert">
              {problemText}
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="submit" disabled={state.kind === 'busy'}>
        {t('files.export')}
      </button>
      <p role="status">
        {state.kind === 'busy' ? (state.sealing ? t('files.encrypting') : null) : null}
        {state.kind === 'done' ? t(state.sealed ? 'files.exportedSealed' : 'files.exported', { file: state.file }) : null}
        {state.kind === 'failed' ? t('files.exportFailed') : null}
      </p>
    </form>
  );
}
