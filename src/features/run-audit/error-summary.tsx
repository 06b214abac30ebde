import { useEffect, useRef } from 'react';
import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { indexTemplate, parseKey, type Template } from '../../domain';
import type { AnswerValues } from './answer-values';
import { decodeIssue } from './issue-message';
import { useRunner } from './runner-context';
import { useIssueText } from './use-issue-text';

interface ErrorSummaryProps {
  template: Template;
  /** Changes on each attempt to mark the section complete, so focus returns here. */
  attempt: number;
  onFocusAnswer: (key: string) => void;
}

/** After a failed "mark complete": every problem, linked to its question. Takes focus. */
export function ErrorSummary({ template, attempt, onFocusAnswer }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const { text } = useRunner();
  const issueText = useIssueText();
  const { errors } = useFormState<AnswerValues>();
  const box = useRef<HTMLDivElement>(null);
  const keys = Object.keys(errors);
  const count = useRef(0);
  useEffect(() => {
    count.current = keys.length;
  });
  // Focus moves here when an attempt fails, not on every later change of the errors.
  useEffect(() => {
    if (attempt > 0 && count.current > 0) box.current?.focus();
  }, [attempt]);
  if (keys.length === 0) return null;
  const index = indexTemplate(template);
  const labelOf = (key: string) => {
    const parsed = parseKey(key);
    const ref = parsed ? index.items.get(parsed.fieldId ?? parsed.itemId) : undefined;
    const own = ref && 'label' in ref.item ? text(ref.item.label) : key;
    return ref?.list ? `${text(ref.list.label)} – ${own}` : own;
  };
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <p id="error-summary-title">{t('runner.errorSummary', { count: keys.length })}</p>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <a
              href={`#answer-${key}`}
              onClick={(e) => {
                e.preventDefault();
                onFocusAnswer(key);
              }}
            >
              {labelOf(key)}: {issueText(decodeIssue(errors[key]?.message as string | undefined))}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
