import { memo, useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from '../../../components/use-translation';
import { fieldKey, itemOptions, type ListItem } from '../../../domain/runtime';
import type { AnswerValues } from '../answer-values';
import { ItemView } from '../item-view';
import { entryTitle } from '../entry-title';
import { useRunner } from '../runner-context';
import { useSectionState } from '../section-state';

interface ListEntryProps {
  list: ListItem;
  entryId: string;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  isOpen: boolean;
  /** True once for the entry just added: its first field then takes focus. */
  takeFocus: (entryId: string) => boolean;
  onToggle: (entryId: string) => void;
  onMove: (entryId: string, by: -1 | 1) => void;
  onRemove: (entryId: string, title: string) => void;
}

function EntryFields({ list, entryId, takeFocus }: { list: ListItem; entryId: string; takeFocus: (entryId: string) => boolean }) {
  const state = useSectionState();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus(entryId)) box.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [takeFocus, entryId]);
  return (
    <div className="entry-fields" ref={box}>
      {list.fields.map((field) => {
        if (!state.visibility.isFieldVisible(list.id, entryId, field.id)) return null;
        const { options, rows } = itemOptions(field, state);
        return (
          <div key={field.id} data-name={field.id}>
            <ItemView item={field} answerKey={fieldKey(list.id, entryId, field.id)} options={options} rows={rows} />
          </div>
        );
      })}
    </div>
  );
}

function ListEntryInner({ list, entryId, number, isFirst, isLast, isOpen, takeFocus, onToggle, onMove, onRemove }: ListEntryProps) {
  const { t } = useTranslation();
  const { text } = useRunner();
  const name = useWatch<AnswerValues>({ name: fieldKey(list.id, entryId, list.entryLabelField) });
  const title = entryTitle(t, text(list.itemLabel), number, name?.value);
  const panelId = `entry-${list.id}-${entryId}`;
  // An entry moved to the top (or bottom) disables the button just pressed: the focus goes to
  // the way back rather than falling to the page, where a screen reader starts over.
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const moved = useRef<-1 | 1 | null>(null);
  useEffect(() => {
    const by = moved.current;
    moved.current = null;
    const pressed = by === -1 ? up.current : by === 1 ? down.current : null;
    if (!pressed?.disabled || (document.activeElement !== document.body && document.activeElement !== pressed)) return;
    (by === -1 ? down.current : up.current)?.focus();
  });
  const move = (by: -1 | 1) => {
    moved.current = by;
    onMove(entryId, by);
  };
  return (
    <li className={`entry${isOpen ? ' open' : ''}`}>
      <div className="entry-head">
        <span className="entry-title">{title}</span>
        <div className="entry-actions" role="group" aria-label={t('runner.list.entryActions', { entry: title })}>
          <button type="button" className="small" aria-expanded={isOpen} aria-controls={panelId} onClick={() => onToggle(entryId)}>
            {isOpen ? t('runner.list.close') : t('runner.list.edit')}
          </button>
          <button type="button" ref={up} className="small" disabled={isFirst} onClick={() => move(-1)}>
            {t('runner.list.moveUp')}
          </button>
          <button type="button" ref={down} className="small" disabled={isLast} onClick={() => move(1)}>
            {t('runner.list.moveDown')}
          </button>
          <button type="button" className="small danger-outline" onClick={() => onRemove(entryId, title)}>
            {t('runner.list.remove')}
          </button>
        </div>
      </div>
      {isOpen ? (
        <section id={panelId} aria-label={title}>
          <EntryFields list={list} entryId={entryId} takeFocus={takeFocus} />
        </section>
      ) : null}
    </li>
  );
}

export const ListEntry = memo(ListEntryInner);
