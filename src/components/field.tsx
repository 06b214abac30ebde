import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from './use-translation';

interface FieldProps {
  label: ReactNode;
  help?: ReactNode;
  /** Already translated message. */
  error?: string;
  required?: boolean;
  /** The single input, select or textarea; it gets id, aria-describedby and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
}

/** Label, help and error linked to one input, so screen readers read them together. */
export function Field({ label, help, error, required, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const input = isValidElement(children)
    ? cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required || undefined })
    : children;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required-mark"> ({t('common.required')})</span> : null}
      </label>
      {help ? (
        <p id={helpId} className="help">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="error-text">
          {error}
        </p>
      ) : null}
      {input}
    </div>
  );
}
