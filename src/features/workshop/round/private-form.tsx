import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { computeVisibility, itemOptions, type Answer, type Item, type Template } from '../../../domain/runtime';
import { useAuditActions } from '../../../storage';
import { useAnswers } from '../use-answers';
import { useTemplateText } from '../use-template-text';
import { PrivateQuestion } from './private-question';

const NOTHING: ReadonlyMap<string, Answer> = new Map();

interface PrivateFormProps {
  auditId: string;
  participantId: string;
  template: Template;
  items: readonly Item[];
  onDone: () => void;
}

/** One participant's private answers: saved as they go, hidden the moment they finish. */
export function PrivateForm({ auditId, participantId, template, items, onDone }: PrivateFormProps) {
  const { t } = useTranslation();
  const text = useTemplateText(template);
  const { answers, save, flush } = useAnswers(auditId, participantId, NOTHING, template);
  const actions = useAuditActions();
  const [finishing, setFinishing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const visibility = computeVisibility(template, answers);
  const context = { template, answers, visibility };
  const finish = async (event: FormEvent) => {
    event.preventDefault();
    setFinishing(true);
    await flush();
    // A turn with nothing answered leaves nothing behind: no empty participant to count.
    if (answers.size === 0) await actions.removeRespondent(participantId);
    onDone();
  };
  return (
    <form className="ws-private" onSubmit={(e) => void finish(e)} autoComplete="off">
      <h1 ref={heading} tabIndex={-1}>
        {t('workshop.round.yourTurn')}
      </h1>
      <p className="ws-private-note">{t('workshop.round.privacy')}</p>
      <p className="ws-private-note">
        <strong>{t('workshop.consent.referralTitle')}</strong> {t('workshop.consent.referral')}
      </p>
      {items
        .filter((item) => !item.visibleWhen || visibility.isItemVisible(item.id))
        .map((item) => (
          <PrivateQuestion key={item.id} item={item} showHelp={template.kind !== 'workshop'} options={itemOptions(item, context).options} answer={answers.get(item.id)} text={text} onChange={(a) => save(item.id, a)} />
        ))}
      <div className="ws-private-actions">
        <button type="submit" className="ws-big ws-primary" disabled={finishing}>
          {t('workshop.round.done')}
        </button>
      </div>
    </form>
  );
}
