import { useTranslation } from '../../../components/use-translation';
import { computeVisibility, itemOptions, type Answers, type Item, type Template } from '../../../domain/runtime';
import { useChoices } from '../use-choices';
import type { TextOf } from '../use-template-text';
import { useCodeHint } from './use-paper-text';

const NONE: Answers = new Map();

/** The questions by number with what to type for each: the same numbers as the printed form. */
interface PaperLegendProps {
  template: Template;
  items: readonly Item[];
  numbers: ReadonlyMap<string, number>;
  text: TextOf;
}

export function PaperLegend({ template, items, numbers, text }: PaperLegendProps) {
  const { t } = useTranslation();
  const hint = useCodeHint();
  const choicesOf = useChoices(text);
  const context = { template, answers: NONE, visibility: computeVisibility(template, NONE) };
  return (
    <details className="ws-legend">
      <summary>{t('workshop.paper.legend')}</summary>
      <p className="help">{t('workshop.paper.legendHelp')}</p>
      <ol>
        {items.map((item) => {
          const options = itemOptions(item, context).options;
          const choices = item.type === 'single-choice' || item.type === 'multi-choice' ? choicesOf(item, options) : [];
          return (
            <li key={item.id} value={numbers.get(item.id)}>
              {item.type === 'notice' ? '' : text(item.label)} <span className="muted">({hint(item, options.length)})</span>
              {choices.length ? (
                <ol className="ws-legend-options">
                  {choices.map((c) => (
                    <li key={c.id}>{c.label}</li>
                  ))}
                </ol>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
