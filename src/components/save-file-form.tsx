import { useId, useState } from 'react';
import './save-file-form.css';
import { useTranslation } from './use-translation';
import { downloadBlob } from './download';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem, type PassphraseProblem } from '../domain/runtime';

type State = { kind: 'idle' } | { kind: 'busy'; sealing: boolean } | { kind: 'done'; file: string; sealed: boolean } | { kind: 'failed' };

interface PassphraseInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The problem text this field is the cause of, if any. */
  problemId: string | undefined;
}

function PassphraseInput({ id, label, value, onChange, problemId }: PassphraseInputProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="password" autoComplete="new-password" value={value} aria-invalid={problemId !== undefined || undefined} aria-describedby={problemId} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}

interface SaveFileFormProps {
  /** What the file holds, above the form. */
  help: string;
  button: string;
  /** Makes the file, sealed with the passphrase when there is one. */
  make: (passphrase: string | undefined) => Promise<{ blob: Blob; fileName: string }>;
  /** Said once the file is saved. */
  saved: (fileName: string, sealed: boolean) => string;
}

/** Saves a file (an audit, a backup), sealed with a passphrase if the person asks for it. */
export function SaveFileForm({ help, button, make, saved }: SaveFileFormProps) {
  const { t } = useTranslation();
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
      const { blob, fileName } = await make(protect ? passphrase : undefined);
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
      className="save-file"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="help">{help}</p>
      <label className="inline-check">
        <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} aria-describedby={`${id}-protect-help`} />
        {t('files.protect')}
      </label>
      <p className="help" id={`${id}-protect-help`}>
        {protect ? t('files.protectHelp', { min: MIN_PASSPHRASE_LENGTH }) : t('files.exportPlain')}
      </p>
      {protect ? (
        <div className="passphrase-fields">
          <PassphraseInput id={`${id}-pass`} label={t('files.passphrase')} value={passphrase} onChange={setPassphrase} problemId={problem === 'too-short' ? `${id}-problem` : undefined} />
          <PassphraseInput id={`${id}-again`} label={t('files.repeatPassphrase')} value={repeated} onChange={setRepeated} problemId={problem === 'mismatch' ? `${id}-problem` : undefined} />
          {problemText ? (
            <p className="error-text" id={`${id}-problem`} role="alert">
              {problemText}
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="submit" disabled={state.kind === 'busy'}>
        {button}
      </button>
      <p role="status">
        {state.kind === 'busy' ? (state.sealing ? t('files.encrypting') : null) : null}
        {state.kind === 'done' ? saved(state.file, state.sealed) : null}
        {state.kind === 'failed' ? t('files.exportFailed') : null}
      </p>
    </form>
  );
}
