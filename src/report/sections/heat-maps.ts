import type { HeatCell, HeatMapBlock } from '../document-model';
import type { ReportFormat } from '../report-format';

/** Up to this many columns keep their names in the header. */
const NAMED_COLUMNS = 7;
/** More columns are numbered, with a key under the matrix, up to this many per part. */
const NUMBERED_COLUMNS = 16;

export interface Matrix {
  title: string;
  /** What the rows and the columns name, e.g. "Group" and "Activity". */
  rowName: string;
  columnName: string;
  rows: string[];
  columns: string[];
  cell: (row: number, column: number) => HeatCell;
  legend: string;
  /** Leave the title off when the matrix fits in one part (a heading above already names it). */
  titleParts?: boolean;
}

function transpose(matrix: Matrix): Matrix {
  return { ...matrix, rowName: matrix.columnName, columnName: matrix.rowName, rows: matrix.columns, columns: matrix.rows, cell: (r, c) => matrix.cell(c, r) };
}

/**
 * A matrix as heat maps that fit the page width: the longer side runs down the page; more
 * than a few columns are numbered, with a key underneath, and very wide matrices are cut
 * into parts, each repeating the row labels.
 */
export function heatMaps(matrix: Matrix, format: ReportFormat): HeatMapBlock[] {
  const upright = matrix.columns.length > matrix.rows.length ? transpose(matrix) : matrix;
  const parts: HeatMapBlock[] = [];
  const total = upright.columns.length;
  const numbered = total > NAMED_COLUMNS;
  const count = Math.ceil(total / (numbered ? NUMBERED_COLUMNS : NAMED_COLUMNS));
  const size = Math.ceil(total / count);
  for (let from = 0; from < total; from += size) {
    const to = Math.min(total, from + size);
    const whole = upright.titleParts ? '' : upright.title;
    const title = count > 1 ? format.t('report.coverage.part', { title: upright.title, from: format.number(from + 1), to: format.number(to), total: format.number(total) }) : whole;
    parts.push({
      kind: 'heat-map',
      title,
      corner: upright.rowName,
      columns: upright.columns.slice(from, to).map((name, i) => (numbered ? format.number(from + i + 1) : name)),
      rows: upright.rows.map((label, r) => ({ label, cells: upright.columns.slice(from, to).map((_, i) => upright.cell(r, from + i)) })),
      legend: upright.legend,
      ...(numbered ? { key: { title: upright.columnName, entries: upright.columns.slice(from, to) } } : {}),
    });
  }
  return parts;
}
