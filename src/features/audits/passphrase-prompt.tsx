import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../components/use-translation';

interface PassphrasePromptProps {
  file: string;
  /** The last passphrase tried did not open the file. */
  wrong: boolean;
  onOpen: (passphrase: string) => void;
  onCancel: () => void;
}

/** Asks for the passphrase of a sealed audit file; after a wrong one, says so and asks again. */
export function PassphrasePrompt({ file, wrong, onOpen, onCancel }: PassphrasePromptProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  useEffect(() => input.current?.focus(), [wrong]);
  return (
    <form
      className="outcome info passphrase-prompt"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (passphrase) onOpen(passphrase);
      }}
    >
      <p id={`${id}-title`}>{t('files.sealedTitle', { file })}</p>
      {wrong ? (
        <p className="error-text" role="alert" id={`${id}-wrong`}>
          {t('files.wrongPassphrase', { file })}
        </p>
      ) : null}
      <label htmlFor={`${id}-input`}>{t('files.passphrase')}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="password"
        autoComplete="off"
        value={passphrase}
        required
        aria-invalid={wrong || undefined}
        aria-describedby={wrong ? `${id}-wrong` : undefined}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <div className="card-actions">
        <button type="submit" className="primary">
          {t('files.openSealed')}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
