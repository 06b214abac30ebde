import { useFormatters } from '../../components/use-formatters';
import { useTranslation } from '../../components/use-translation';

/** What opening a file or restoring a backup changed here (repositories' import and restore summaries). */
export interface Changes {
  respondentsAdded: number;
  answersAdded: number;
  answersUpdated: number;
  answersKept: number;
  /** Codes of respondents removed here because the file says they were removed. */
  respondentsRemoved?: readonly string[];
  /** The file's action plan, more recent, replaced a different one here (a plan is taken whole). */
  planReplaced?: boolean;
  /** The action plan here, more recent, was kept instead of the file's different one. */
  planKept?: boolean;
}

type Part = 'files.respondentsAdded' | 'files.answersAdded' | 'files.answersUpdated' | 'files.answersKept';

/** "1 respondent added, 1,336 answers added, 0 updated and 0 kept…": each part in its own plural, numbers and list in the person's language. */
export function useChangesText(): (changes: Changes) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (changes) => {
    const part = (key: Part, count: number) => t(key, { count, n: format.number(count) });
    return format.list([
      part('files.respondentsAdded', changes.respondentsAdded),
      part('files.answersAdded', changes.answersAdded),
      part('files.answersUpdated', changes.answersUpdated),
      part('files.answersKept', changes.answersKept),
      // Said, never done silently: interviews removed on the other device are gone here too.
      ...(changes.respondentsRemoved?.length ? [t('files.respondentsRemoved', { count: changes.respondentsRemoved.length, codes: format.list(changes.respondentsRemoved) })] : []),
      // A plan is not merged part by part between devices (a file holds no history): said, whichever wins.
      ...(changes.planReplaced ? [t('files.planReplaced')] : []),
      ...(changes.planKept ? [t('files.planKept')] : []),
    ]);
  };
}
