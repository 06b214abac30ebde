import type { CoverageMatrix } from '../../domain/runtime';
import type { Block } from '../document-model';
import { heading, note, paragraph } from '../blocks';
import type { ReportFormat } from '../report-format';
import type { ReportInput } from '../report-input';
import { heatMaps } from './heat-maps';

interface Names {
  title: string;
  rowName: string;
  columnName: string;
  uncoveredKey: 'report.coverage.uncoveredGroups' | 'report.coverage.uncoveredSectors';
}

function matrixBlocks(matrix: CoverageMatrix, names: Names, format: ReportFormat): Block[] {
  const { t } = format;
  if (matrix.rows.length === 0) return [heading(2, names.title), note(t('report.coverage.empty'))];
  const blocks: Block[] = [heading(2, names.title)];
  if (matrix.columns.length > 0) {
    blocks.push(
      ...heatMaps(
        {
          title: names.title,
          rowName: names.rowName,
          columnName: names.columnName,
          rows: matrix.rows.map((row) => format.label(row.label)),
          columns: matrix.columns.map((col) => (col.kind === 'reported' ? t('report.coverage.reported') : format.label(col.label))),
          cell: (r, c) => {
            const reached = matrix.cells[matrix.rows[r]?.id ?? '']?.includes(matrix.columns[c]?.key ?? '') ?? false;
            return reached ? { level: 1, text: '✓' } : { level: null, text: '–' };
          },
          legend: t('report.coverage.legend'),
          titleParts: true,
        },
        format,
      ),
    );
  }
  const labels = new Map(matrix.rows.map((row) => [row.id, format.label(row.label)]));
  const uncovered = matrix.uncovered.map((id) => labels.get(id) ?? id);
  if (uncovered.length > 0) blocks.push(paragraph(t(names.uncoveredKey, { items: format.list(uncovered) })));
  return blocks;
}

/** Who the current activities reach, and which sectors have partners in them: the coverage matrices. */
export function coverageSection(input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const { coverage } = input.findings;
  return [
    heading(1, t('report.coverage.heading')),
    paragraph(t('report.coverage.intro')),
    ...matrixBlocks(coverage.groupsByActivities, { title: t('report.coverage.groups'), rowName: t('report.coverage.group'), columnName: t('report.coverage.activity'), uncoveredKey: 'report.coverage.uncoveredGroups' }, format),
    ...matrixBlocks(coverage.sectorsByPartners, { title: t('report.coverage.sectors'), rowName: t('report.coverage.sector'), columnName: t('report.coverage.partner'), uncoveredKey: 'report.coverage.uncoveredSectors' }, format),
  ];
}
