import { useTranslation } from '../../../components/use-translation';
import type { Item } from '../../../domain/runtime';
import type { PaperProblem } from '../../../domain/workshop';
import { useFormatters } from '../../../components/use-formatters';

/** What to type for a question, in a few words: "1 to 5", "numbers separated by spaces"… */
export function useCodeHint(): (item: Item, options: number) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (item, options) => {
    switch (item.type) {
      case 'single-choice':
        return t('workshop.paper.hint.one', { min: format.number(1), max: format.number(options) });
      case 'multi-choice':
        return t('workshop.paper.hint.many', { max: format.number(options) });
      case 'yes-no':
        return t('workshop.paper.hint.yesNo');
      case 'rating':
        return t('workshop.paper.hint.one', { min: format.number(item.scale.min), max: format.number(item.scale.max) });
      case 'number':
        return t('workshop.paper.hint.number');
      case 'date':
        return t('workshop.paper.hint.date');
      default:
        return t('workshop.paper.hint.text');
    }
  };
}

/** Why a typed code was not taken, in words. */
export function usePaperProblemText(): (problem: PaperProblem) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (problem) => {
    switch (problem.code) {
      case 'not-an-option':
        return t('workshop.paper.problems.notAnOption', { max: format.number(problem.max) });
      case 'too-many':
        return t('workshop.paper.problems.tooMany', { count: problem.max });
      case 'out-of-scale':
        return t('workshop.paper.problems.outOfScale', { min: format.number(problem.min), max: format.number(problem.max) });
      case 'below-min':
        return t('workshop.paper.problems.belowMin', { min: format.number(problem.min) });
      case 'above-max':
        return t('workshop.paper.problems.aboveMax', { max: format.number(problem.max) });
      case 'too-long':
        return t('workshop.paper.problems.tooLong', { max: format.number(problem.max) });
      case 'not-yes-no':
        return t('workshop.paper.problems.notYesNo');
      case 'not-a-number':
        return t('workshop.paper.problems.notANumber');
      case 'not-an-integer':
        return t('workshop.paper.problems.notAnInteger');
      case 'invalid-date':
        return t('workshop.paper.problems.invalidDate');
      case 'no-dont-know':
        return t('workshop.paper.problems.noDontKnow');
    }
  };
}
