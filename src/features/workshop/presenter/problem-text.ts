import { useTranslation } from '../../../components/use-translation';
import type { TallyProblem } from '../../../domain/workshop';
import { useFormatters } from '../../../components/use-formatters';

/** Tally problems in words: the counts disagree with the people present or the dots given. */
export function useProblemText(): (problem: TallyProblem, option?: string) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (problem, option) => {
    switch (problem.code) {
      case 'more-hands-than-people':
        return t('workshop.problems.moreHands', { total: format.number(problem.total), participants: format.number(problem.participants) });
      case 'option-over-people':
        return t('workshop.problems.optionOver', { option: option ?? problem.option, count: format.number(problem.count), participants: format.number(problem.participants) });
      case 'more-dots-than-budget':
        return t('workshop.problems.moreDots', { total: format.number(problem.total), budget: format.number(problem.budget) });
    }
  };
}
