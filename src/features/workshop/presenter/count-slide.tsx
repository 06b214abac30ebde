import { useState } from 'react';
import { useTranslation } from '../../../components/use-translation';
import { OTHER_OPTION_ID, type Answer, type Item } from '../../../domain/runtime';
import { applyGroup, countOf, dotBudget, dotsPerPerson, setCount, tallyProblems, totalOf, voteProblems, type TallyOption } from '../../../domain/workshop';
import { useFormatters } from '../../../components/use-formatters';
import type { Choice } from '../use-choices';
import { ConsensusField } from './consensus-field';
import { CountResults } from './count-results';
import { CountRow, type CountUnit } from './count-row';
import { DissentField } from './dissent-field';
import { withDissent, withOther, withValue } from './group-edit';
import { useProblemText } from './problem-text';

export type CountItem = Extract<Item, { type: 'single-choice' | 'multi-choice' | 'yes-no' | 'rating' }>;

interface CountSlideProps {
  item: CountItem;
  /** What the group counts on: options, yes and no, or scale points. */
  options: readonly TallyOption[];
  choices: readonly Choice[];
  answer: Answer | undefined;
  participants: number | undefined;
  revealed: boolean;
  onChange: (answer: Answer | undefined) => void;
  announce: (message: string) => void;
}

function initialUnit(item: CountItem, answer: Answer | undefined): CountUnit {
  if (item.type === 'rating' || item.type === 'yes-no') return 'hands';
  if (totalOf(answer?.group?.votes) > 0) return 'dots';
  return totalOf(answer?.group?.tally) === 0 && item.type === 'multi-choice' && item.analysis?.measure === 'priority' ? 'dots' : 'hands';
}

/** A show of hands or a dot vote on a choice, yes/no or rating question, with the consensus. */
export function CountSlide({ item, options, choices, answer, participants, revealed, onChange, announce }: CountSlideProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const problemText = useProblemText();
  const [unit, setUnit] = useState<CountUnit>(() => initialUnit(item, answer));
  const counts = unit === 'hands' ? answer?.group?.tally : answer?.group?.votes;
  const ids = options.map((o) => o.id);
  const perPerson = item.type === 'rating' ? 1 : dotsPerPerson(item);
  const budget = dotBudget(participants, perPerson);
  const problems = unit === 'dots' ? voteProblems(counts, budget) : tallyProblems(item.type === 'multi-choice' ? 'many' : 'one', counts, ids, participants);
  const overIds = new Set(problems.flatMap((p) => (p.code === 'option-over-people' ? [p.option] : [])));
  const labelOf = new Map(choices.map((c) => [c.id, c.label]));

  const change = (id: string, n: number) => {
    const field = unit === 'hands' ? 'tally' : 'votes';
    const next = { ...answer?.group, [field]: setCount(counts, id, n) };
    onChange(applyGroup(item, answer, next, options));
    const count = countOf(next[field], id);
    announce(t(`workshop.count.${unit}.announce`, { option: labelOf.get(id) ?? id, count, number: format.number(count) }));
  };
  const total = totalOf(counts);
  const summary =
    unit === 'dots'
      ? t('workshop.count.dots.summary', { count: total, number: format.number(total), budget: format.number(budget), perPerson: format.number(perPerson) })
      : t('workshop.count.hands.summary', { count: total, number: format.number(total) });
  const showOther = ids.includes(OTHER_OPTION_ID) && (countOf(answer?.group?.tally, OTHER_OPTION_ID) > 0 || countOf(answer?.group?.votes, OTHER_OPTION_ID) > 0);

  return (
    <div className="ws-count-slide">
      {item.type === 'single-choice' || item.type === 'multi-choice' ? (
        <div className="ws-unit-switch" role="group" aria-label={t('workshop.count.how')}>
          {(['hands', 'dots'] as const).map((u) => (
            <button key={u} type="button" aria-pressed={unit === u} onClick={() => setUnit(u)}>
              {t(`workshop.count.${u}.mode`)}
            </button>
          ))}
        </div>
      ) : null}
      <p className="ws-count-summary">{summary}</p>
      {problems.map((p, i) => (
        <p key={i} className="ws-warning">
          {problemText(p, p.code === 'option-over-people' ? labelOf.get(p.option) : undefined)}
        </p>
      ))}
      <div className={`ws-count-main${revealed ? ' ws-revealed' : ''}`}>
        <div className="ws-count-rows" role="group" aria-label={t(`workshop.count.${unit}.rows`)}>
          {choices.map((c) => (
            <CountRow key={c.id} label={c.label} count={countOf(counts, c.id)} unit={unit} problem={overIds.has(c.id)} onChange={(n) => change(c.id, n)} />
          ))}
        </div>
        {revealed ? (
          <section className="ws-results" aria-label={t('workshop.results.title')}>
            <h2 className="ws-results-title">{t('workshop.results.title')}</h2>
            <CountResults unit={unit} choices={choices} counts={counts} participants={participants} scale={item.type === 'rating' ? item.scale : undefined} several={item.type === 'multi-choice'} />
          </section>
        ) : null}
      </div>
      {showOther ? (
        <label className="ws-other">
          {t('workshop.otherSpecify')}
          <input type="text" autoComplete="off" maxLength={2000} value={answer?.other ?? ''} onChange={(e) => onChange(withOther(answer, e.target.value))} />
        </label>
      ) : null}
      <ConsensusField item={item} choices={choices} value={answer?.value} onChange={(value) => onChange(withValue(answer, value))} />
      <DissentField value={answer?.group?.dissent ?? ''} onChange={(dissent) => onChange(withDissent(answer, dissent))} />
    </div>
  );
}
