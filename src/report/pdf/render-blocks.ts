import type { Block } from '../document-model';
import { newPage, type Frame } from './pdf-frame';
import { TYPE } from './pdf-theme';
import { chartHeight, renderBarChart } from './render-chart';
import { renderHeatMap } from './render-heat-map';
import { renderTable, tableStartHeight } from './render-table';
import { headingHeight, keyValueHeight, keyValueStartHeight, paragraphLines, renderBullets, renderHeading, renderKeyValue, renderParagraph } from './render-text';

/** How much of a block must follow its heading on the same page. */
function startHeight(frame: Frame, block: Block | undefined, after: Block | undefined): number {
  if (!block) return 0;
  switch (block.kind) {
    case 'heading':
      return headingHeight(frame, block) + startHeight(frame, after, undefined);
    case 'key-value':
      // A short list of facts (a priority's objective and gap) stays with the table after it.
      if (after?.kind === 'table' && keyValueHeight(frame, block) < (frame.box.bottom - frame.box.top) / 3) return keyValueHeight(frame, block) + tableStartHeight(frame, after);
      return keyValueStartHeight(frame, block);
    case 'paragraph':
      return Math.min(paragraphLines(frame, block).length, 3) * TYPE.body.leading;
    case 'bullets':
      return 2 * TYPE.body.leading;
    case 'table':
      return tableStartHeight(frame, block);
    case 'bar-chart':
      return Math.min(chartHeight(frame, block), frame.box.bottom - frame.box.top - 80);
    case 'heat-map':
      return 90;
    case 'page-break':
      return 0;
  }
}

export function renderBlock(frame: Frame, blocks: readonly Block[], index: number): void {
  const block = blocks[index];
  if (!block) return;
  switch (block.kind) {
    case 'heading':
      return renderHeading(frame, block, startHeight(frame, blocks[index + 1], blocks[index + 2]));
    case 'paragraph':
      return renderParagraph(frame, block);
    case 'bullets':
      return renderBullets(frame, block);
    case 'key-value':
      return renderKeyValue(frame, block);
    case 'table':
      return renderTable(frame, block);
    case 'bar-chart':
      return renderBarChart(frame, block);
    case 'heat-map':
      return renderHeatMap(frame, block);
    case 'page-break':
      if (frame.y > frame.box.top) newPage(frame);
      return;
  }
}
