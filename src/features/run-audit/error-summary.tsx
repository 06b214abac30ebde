import { useEffect, useRef } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import { fieldKey, indexTemplate, parseKey, type ListItem, type Template } from '../../domain/runtime';
import type { AnswerValues } from './answer-values';
import { entryTitle as titleOf } from './entry-title';
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
  const { getValues } = useFormContext<AnswerValues>();
  const box = useRef<HTMLDivElement>(null);
  const keys = Object.keys(errors);
  const focusedFor = useRef(0);
  const hasErrors = keys.length > 0;
  // Focus moves here once per failed attempt (errors may arrive a render after the attempt).
  useEffect(() => {
    if (attempt > focusedFor.current && hasErrors) {
      focusedFor.current = attempt;
      box.current?.focus();
    }
  }, [attempt, hasErrors]);
  if (keys.length === 0) return null;
  const index = indexTemplate(template);
  const labelOf = (key: string) => {
    const parsed = parseKey(key);
    const ref = parsed ? index.items.get(parsed.fieldId ?? parsed.itemId) : undefined;
    const item = ref?.item;
    const own = !item ? key : item.type === 'notice' ? text(item.title ?? item.acknowledge ?? item.text) : text(item.label);
    return ref?.list && parsed?.entryId ? `${entryHeading(ref.list, parsed.entryId)} – ${own}` : ref?.list ? `${text(ref.list.label)} – ${own}` : own;
  };
  // The entry as its list heads it ("Partner 2: Police"), so three problems in three entries are told apart.
  const entryHeading = (list: ListItem, entryId: string) => {
    const entries = getValues(list.id)?.value;
    const number = Array.isArray(entries) ? entries.indexOf(entryId) + 1 : 0;
    if (number < 1) return text(list.label);
    return titleOf(t, text(list.itemLabel), number, getValues(fieldKey(list.id, entryId, list.entryLabelField))?.value);
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
              {t('common.labelled', { label: labelOf(key), text: issueText(decodeIssue(errors[key]?.message as string | undefined)) })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
