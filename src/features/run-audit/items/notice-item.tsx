import { useTranslation } from '../../../components/use-translation';
import type { NoticeItem as Notice } from '../../../domain/runtime';
import { useRunner } from '../runner-context';
import { useAnswer } from '../use-answer';
import { useIssueText } from '../use-issue-text';

/** Consent and do-no-harm text; paragraphs split on blank lines, always plain text. */
export function NoticeItem({ item, answerKey }: { item: Notice; answerKey: string }) {
  const { t } = useTranslation();
  const { text } = useRunner();
  const { answer, setAnswer, issue, bindInput } = useAnswer(answerKey);
  const issueText = useIssueText();
  const error = issueText(issue);
  const paragraphs = text(item.text).split(/\n\s*\n/);
  return (
    <section className={`item notice${error ? ' has-error' : ''}`} aria-label={item.title ? text(item.title) : undefined}>
      {item.title ? <h2 className="notice-title">{text(item.title)}</h2> : null}
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {error ? (
        <p id={`${answerKey}-error`} className="error-text">
          {error}
        </p>
      ) : null}
      {item.acknowledge ? (
        <label className="inline-check acknowledge">
          <input
            ref={bindInput}
            type="checkbox"
            checked={answer?.value === true}
            aria-describedby={error ? `${answerKey}-error` : undefined}
            onChange={(e) => setAnswer(e.target.checked ? { value: true } : undefined)}
          />
          {text(item.acknowledge)}
          {item.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
        </label>
      ) : null}
    </section>
  );
}
