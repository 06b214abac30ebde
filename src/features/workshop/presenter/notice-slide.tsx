import { useTranslation } from '../../../components/use-translation';
import type { Answer, NoticeItem } from '../../../domain/runtime';
import type { TextOf } from '../use-template-text';

interface NoticeSlideProps {
  item: NoticeItem;
  /** The session's first notice: consent, with do-no-harm rules and where to find help. */
  consent: boolean;
  answer: Answer | undefined;
  text: TextOf;
  onChange: (answer: Answer | undefined) => void;
}

/** A notice read aloud; the consent notice records that the group agreed to go ahead. */
export function NoticeSlide({ item, consent, answer, text, onChange }: NoticeSlideProps) {
  const { t } = useTranslation();
  const agreed = answer?.value === true;
  return (
    <div className="ws-notice">
      {text(item.text)
        .split(/\n\s*\n/)
        .map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      {consent ? (
        <aside className="ws-referral" aria-label={t('workshop.consent.referralTitle')}>
          <p>
            <strong>{t('workshop.consent.referralTitle')}</strong> {t('workshop.consent.referral')}
          </p>
          <p>{t('workshop.consent.noNames')}</p>
        </aside>
      ) : null}
      {item.acknowledge ? (
        <label className="ws-agree">
          <input type="checkbox" checked={agreed} onChange={(e) => onChange(e.target.checked ? { value: true } : undefined)} />
          <span>
            {text(item.acknowledge)}
            {item.required ? <span className="ws-required"> ({t('common.required')})</span> : null}
          </span>
        </label>
      ) : null}
    </div>
  );
}
