import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { newEntryId, type ListItem } from '../../../domain/runtime';
import { useNotify } from '../../../components/notifications';
import { useRunner } from '../runner-context';
import { useAnswer } from '../use-answer';
import { useIssueText } from '../use-issue-text';
import { ListEntry } from './list-entry';

/**
 * A register (partners, activities, places): entries shown as rows, one opened at a time
 * to edit, so a list of hundreds stays quick. Removal can be undone.
 */
export function ListItemView({ item, answerKey }: { item: ListItem; answerKey: string }) {
  const { t } = useTranslation();
  const { text, purgeEntryLater, registerOpener } = useRunner();
  const notify = useNotify();
  const field = useAnswer(answerKey);
  const issueText = useIssueText();
  const entries = Array.isArray(field.answer?.value) ? (field.answer.value as string[]) : [];
  const [open, setOpen] = useState<string | null>(null);
  const justAdded = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const itemLabel = text(item.itemLabel);
  const latest = useRef(entries);
  const fieldRef = useRef(field);
  useEffect(() => {
    latest.current = entries;
    fieldRef.current = field;
  });
  // The error summary opens an entry whose field it links to.
  useEffect(() => registerOpener(item.id, setOpen), [registerOpener, item.id]);
  const full = item.maxEntries !== undefined && entries.length >= item.maxEntries;
  const error = issueText(field.issue);

  // Stable callbacks keep every unchanged entry row from re-rendering when one changes.
  const setEntries = useCallback((next: string[]) => {
    const base = latest.current;
    latest.current = next;
    fieldRef.current.update({ value: next }, base);
  }, []);
  const add = () => {
    const id = newEntryId();
    setEntries([...latest.current, id]);
    setOpen(id);
    justAdded.current = id;
  };
  const takeFocus = useCallback((entryId: string) => {
    const mine = justAdded.current === entryId;
    if (mine) justAdded.current = null;
    return mine;
  }, []);
  const remove = useCallback(
    (entryId: string, title: string) => {
      const at = latest.current.indexOf(entryId);
      setEntries(latest.current.filter((e) => e !== entryId));
      setOpen((current) => (current === entryId ? null : current));
      addButton.current?.focus();
      const restore = purgeEntryLater(item.id, entryId);
      const undo = () => {
        if (latest.current.includes(entryId)) return;
        setEntries([...latest.current.slice(0, at), entryId, ...latest.current.slice(at)]);
        restore();
        // Back, open, with the focus in its first field (the Undo button it came from is gone).
        setOpen(entryId);
        justAdded.current = entryId;
      };
      notify({ message: t('runner.list.removed', { entry: title }), action: { label: t('common.undo'), run: undo }, timeout: 10_000 });
    },
    [setEntries, purgeEntryLater, item.id, notify, t],
  );
  const move = useCallback(
    (entryId: string, by: -1 | 1) => {
      const list = [...latest.current];
      const from = list.indexOf(entryId);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return;
      [list[from], list[to]] = [list[to] as string, list[from] as string];
      setEntries(list);
    },
    [setEntries],
  );
  const toggle = useCallback((entryId: string) => setOpen((current) => (current === entryId ? null : entryId)), []);

  return (
    <fieldset className={`item list${error ? ' has-error' : ''}`} aria-describedby={error ? `${answerKey}-error` : undefined}>
      <legend>
        {text(item.label)}
        {item.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
      </legend>
      {item.help ? <p className="help">{text(item.help)}</p> : null}
      {error ? (
        <p id={`${answerKey}-error`} className="error-text">
          {error}
        </p>
      ) : null}
      <p className="muted">{entries.length === 0 ? t('runner.list.empty') : t('runner.list.count', { count: entries.length })}</p>
      <ol className="entries">
        {entries.map((entryId, i) => (
          <ListEntry
            key={entryId}
            list={item}
            entryId={entryId}
            number={i + 1}
            isFirst={i === 0}
            isLast={i === entries.length - 1}
            isOpen={open === entryId}
            takeFocus={takeFocus}
            onToggle={toggle}
            onMove={move}
            onRemove={remove}
          />
        ))}
      </ol>
      <button ref={addButton} type="button" onClick={add} disabled={full}>
        {item.addLabel ? text(item.addLabel) : t('runner.list.add', { item: itemLabel })}
      </button>
    </fieldset>
  );
}
