import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../components/use-translation';
import type { Answer, Item, ResolvedOption } from '../../../domain/runtime';
import { formatPaperEntry, parsePaperEntry } from '../../../domain/workshop';
import { usePaperProblemText } from './use-paper-text';

interface PaperCellProps {
  item: Item;
  options: readonly ResolvedOption[];
  answer: Answer | undefined;
  /** Names the cell for screen readers: form, question number and question. */
  label: string;
  /** Not asked on this form, given its other answers. */
  skipped: boolean;
  row: number;
  column: number;
  onSave: (answer: Answer | undefined) => void;
}

/** One answer of one paper form, typed as its code; checked when the typist moves on. */
export function PaperCell({ item, options, answer, label, skipped, row, column, onSave }: PaperCellProps) {
  const { t } = useTranslation();
  const problemText = usePaperProblemText();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = draft ?? formatPaperEntry(item, options, answer);
  const errorId = `paper-${row}-${column}-error`;
  const skipId = `paper-${row}-${column}-skip`;
  const describedBy = [problem ? errorId : '', skipped ? skipId : ''].filter(Boolean).join(' ') || undefined;
  const commit = () => {
    if (draft === null) return true;
    const parsed = parsePaperEntry(item, options, draft);
    if (!parsed.ok) {
      // Said plainly: a cell that does not read is not stored (a reload would show it empty).
      setProblem(t('workshop.paper.notSaved', { problem: problemText(parsed.problem) }));
      return false;
    }
    setProblem(null);
    setDraft(null);
    if (JSON.stringify(parsed.answer) !== JSON.stringify(answer)) onSave(parsed.answer);
    return true;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (!commit()) return;
    // Enter goes down the column, as in a spreadsheet: the next form, same question.
    const below = document.querySelector<HTMLInputElement>(`input[data-paper-cell="${row + 1}-${column}"]`);
    below?.focus();
  };
  return (
    <td className={problem ? 'ws-paper-bad' : skipped ? 'ws-paper-skip' : undefined}>
      <input
        type="text"
        autoComplete="off"
        spellCheck={false}
        data-paper-cell={`${row}-${column}`}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        value={shown}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
      {problem ? (
        <span id={errorId} className="ws-paper-error">
          {problem}
        </span>
      ) : null}
      {skipped ? (
        <span id={skipId} className="ws-paper-note">
          {t('workshop.paper.notAsked')}
        </span>
      ) : null}
    </td>
  );
}
