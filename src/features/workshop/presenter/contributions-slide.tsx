import { IdentityHint, identityHintShown } from '../../../components/identity-hint';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../components/use-translation';
import type { Answer, Item } from '../../../domain/runtime';
import { ConsensusField } from './consensus-field';
import { DissentField } from './dissent-field';
import { withContributions, withDissent, withValue } from './group-edit';

interface ContributionsSlideProps {
  item: Extract<Item, { type: 'text' | 'long-text' }>;
  answer: Answer | undefined;
  onChange: (answer: Answer | undefined) => void;
  announce: (message: string) => void;
}

/** Quick capture of short contributions to an open question: type, press Enter, next. */
export function ContributionsSlide({ item, answer, onChange, announce }: ContributionsSlideProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const list = answer?.group?.contributions ?? [];
  const add = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    onChange(withContributions(answer, [...list, text.slice(0, 2000)]));
    setDraft('');
    announce(t('workshop.contributions.added', { count: list.length + 1 }));
  };
  const remove = (index: number) => {
    onChange(withContributions(answer, list.filter((_, i) => i !== index)));
    announce(t('workshop.contributions.removed', { count: list.length - 1 }));
  };
  return (
    <div className="ws-contributions">
      <form className="ws-contribution-form" onSubmit={add}>
        <label htmlFor={id}>{t('workshop.contributions.label')}</label>
        <p id={`${id}-help`} className="ws-help">
          {t('workshop.contributions.help')}
        </p>
        <div className="ws-inline">
          <input
            id={id}
            type="text"
            autoComplete="off"
            maxLength={2000}
            aria-describedby={identityHintShown(draft) ? `${id}-help ${id}-identity` : `${id}-help`}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="ws-primary">
            {t('workshop.contributions.add')}
          </button>
        </div>
        <IdentityHint id={`${id}-identity`} text={draft} />
      </form>
      {list.length ? (
        <ol className="ws-contribution-list" aria-label={t('workshop.contributions.listLabel', { count: list.length })}>
          {list.map((text, i) => (
            <li key={`${i}-${text}`}>
              <span>{text}</span>
              <button type="button" className="ws-quiet" onClick={() => remove(i)} aria-label={t('workshop.contributions.remove', { number: i + 1 })}>
                {t('workshop.contributions.removeShort')}
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="ws-help">{t('workshop.contributions.none')}</p>
      )}
      <ConsensusField item={item} choices={[]} value={answer?.value} onChange={(value) => onChange(withValue(answer, value))} />
      <DissentField value={answer?.group?.dissent ?? ''} onChange={(dissent) => onChange(withDissent(answer, dissent))} />
    </div>
  );
}
