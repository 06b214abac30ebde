import { identifyingKind } from '../domain/respondents/identifying-text';
import { useTranslation } from './use-translation';

/**
 * A warning under a text box whose text looks like an e-mail address or a phone number:
 * the audit never holds who someone is. It warns, never blocks. Give the box
 * `aria-describedby={id}` while `identityHintShown(text)`.
 */
export function IdentityHint({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const kind = identifyingKind(text);
  if (!kind) return null;
  return (
    <p id={id} className="warning-text" role="status">
      {t(kind === 'email' ? 'common.identity.email' : 'common.identity.phone')}
    </p>
  );
}

export const identityHintShown = (text: string): boolean => identifyingKind(text) !== undefined;
