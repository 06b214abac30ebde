import type { TableBlock } from '../document-model';
import type { Frame } from './pdf-frame';
import { TYPE } from './pdf-theme';
import { gridStartHeight, renderGrid, type GridSpec } from './render-grid';

function specOf(frame: Frame, block: TableBlock): GridSpec {
  const total = block.columns.reduce((sum, column) => sum + column.weight, 0) || 1;
  const widths = block.columns.map((column) => (frame.box.textWidth * column.weight) / total);
  return {
    widths,
    header: block.columns.map((column) => ({ text: column.header, align: column.align })),
    rows: block.rows.map((row) => row.map((text, i) => ({ text, align: block.columns[i]?.align }))),
    repeatHeader: block.repeatHeader,
    zebra: true,
    size: TYPE.table.size,
    leading: TYPE.table.leading,
  };
}

/** What must follow a heading on its page for the table to start there. */
export function tableStartHeight(frame: Frame, block: TableBlock): number {
  return gridStartHeight(frame, specOf(frame, block));
}

export function renderTable(frame: Frame, block: TableBlock): void {
  renderGrid(frame, specOf(frame, block));
  frame.y += 12;
}
