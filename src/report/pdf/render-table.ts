import type { TableBlock } from '../document-model';
import type { Frame } from './pdf-frame';
import { TYPE } from './pdf-theme';
import { renderGrid } from './render-grid';

export function renderTable(frame: Frame, block: TableBlock): void {
  const total = block.columns.reduce((sum, column) => sum + column.weight, 0) || 1;
  const widths = block.columns.map((column) => (frame.box.textWidth * column.weight) / total);
  renderGrid(frame, {
    widths,
    header: block.columns.map((column) => ({ text: column.header, align: column.align })),
    rows: block.rows.map((row) => row.map((text, i) => ({ text, align: block.columns[i]?.align }))),
    repeatHeader: block.repeatHeader,
    zebra: true,
    size: TYPE.table.size,
    leading: TYPE.table.leading,
  });
  frame.y += 12;
}
