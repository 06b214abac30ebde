import { bandCount, type EngagementSummary, type RegisterEntry, type Template } from '../../domain/runtime';
import type { Block } from '../document-model';
import { column, heading, note, table } from '../blocks';
import type { ReportFormat } from '../report-format';
import { anyQuestionLabel } from '../templates';

type RegisterName = 'partners' | 'activities' | 'places';

/** A merged register (organisations, activities, kinds of places; never people), most often named first. */
export function registerBlocks(entries: readonly RegisterEntry[], kind: RegisterName, format: ReportFormat, threshold: number, engagement?: EngagementSummary): Block[] {
  const { t } = format;
  const blocks: Block[] = [heading(3, t(`report.registers.${kind}`))];
  if (entries.length === 0) return [...blocks, note(t('report.registers.empty'))];
  const sorted = [...entries].sort((a, b) => b.respondents - a.respondents || a.name.localeCompare(b.name, format.language));
  const engaged = new Map(engagement?.partners.map((partner) => [partner.key, partner.mean]));
  const withEngagement = engagement !== undefined && [...engaged.values()].some((mean) => mean !== undefined);
  // Names that may be the same organisation spelled two ways: shown for a person to merge, never merged here.
  const names = new Map(entries.map((entry) => [entry.key, entry.name]));
  const withDuplicates = entries.some((entry) => entry.possibleDuplicates.length > 0);
  const columns = [column(t('report.registers.name'), 4), column(t('report.registers.respondents'), 1.5, 'right')];
  if (withEngagement) columns.push(column(t('report.registers.engagement'), 1.5, 'right'));
  if (withDuplicates) columns.push(column(t('report.registers.duplicates'), 3));
  const rows = sorted.map((entry) => {
    // How many respondents named it, banded like every small count: one name, one interview.
    const row = [entry.name, format.band(bandCount(entry.respondents, threshold))];
    if (withEngagement) {
      const mean = engaged.get(entry.key);
      row.push(mean === undefined ? '—' : format.index(mean));
    }
    if (withDuplicates) row.push(format.list(entry.possibleDuplicates.map((key) => names.get(key) ?? key)));
    return row;
  });
  return [...blocks, table(columns, rows)];
}

/** Community-wide engagement questions (cooperation, trust). */
export function engagementBlocks(engagement: EngagementSummary, templates: readonly Template[], format: ReportFormat): Block[] {
  const { t } = format;
  const rated = engagement.items.filter((item) => item.mean !== undefined);
  if (rated.length === 0) return [];
  const rows = rated.map((item) => [anyQuestionLabel(templates, item.itemId, format), format.index(item.mean ?? 0), format.number(item.rated)]);
  return [
    heading(3, t('report.engagement.heading')),
    table([column(t('report.engagement.question'), 5), column(t('report.engagement.mean'), 1.3, 'right'), column(t('report.engagement.ratings'), 1, 'right')], rows),
  ];
}
