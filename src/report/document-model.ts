/**
 * The printed action plan as plain data: every word already in the reader's language,
 * every number already formatted. The renderer only places it on pages, so the same
 * model could be drawn by another renderer (or checked in a test) without jsPDF.
 */

export interface HeadingBlock {
  kind: 'heading';
  /** 1: a part of the plan (starts a page, listed in the contents); 2: a sub-part (listed); 3: a minor heading. */
  level: 1 | 2 | 3;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** `note`: smaller and grey, for explanations of method or of banding. */
  style?: 'body' | 'note';
}

export interface BulletsBlock {
  kind: 'bullets';
  items: string[];
  /** 1., 2., 3. instead of bullets. */
  numbered?: boolean;
}

export interface KeyValueBlock {
  kind: 'key-value';
  rows: { label: string; value: string }[];
}

export interface TableColumn {
  header: string;
  /** Relative width: the columns share the text width in proportion. */
  weight: number;
  align?: 'left' | 'right';
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
  /** Repeat the header row on every page the table continues on. */
  repeatHeader: boolean;
}

export interface ChartBar {
  label: string;
  /** Length of the bar, in the chart's own unit. */
  value: number;
  /** What is printed at the end of the bar (formatted, possibly a band such as "fewer than 5"). */
  display: string;
  /** A banded value: drawn as an outline, its length is an upper bound, not a measure. */
  banded?: boolean;
}

export interface BarChartBlock {
  kind: 'bar-chart';
  title: string;
  bars: ChartBar[];
  /** The value that fills the full width (the scale's top). */
  max: number;
  /** Words under the axis, e.g. "Mean concern (1 = low, 5 = high)". */
  axisLabel: string;
  /** Grid lines with their printed values, e.g. 1 to 5. */
  ticks: { value: number; label: string }[];
  /** Where the bars start (0, or 1 for a scale from 1). */
  min: number;
}

export interface HeatCell {
  /** 0 to 1, how dark the cell is; null for no data. */
  level: number | null;
  text: string;
}

export interface HeatMapBlock {
  kind: 'heat-map';
  title: string;
  corner: string;
  columns: string[];
  rows: { label: string; cells: HeatCell[] }[];
  legend: string;
  /** When the columns are numbered to fit the page: what each number stands for, in order. */
  key?: { title: string; entries: string[] };
}

export interface PageBreakBlock {
  kind: 'page-break';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | BulletsBlock
  | KeyValueBlock
  | TableBlock
  | BarChartBlock
  | HeatMapBlock
  | PageBreakBlock;

export interface Cover {
  /** "Local action plan" */
  title: string;
  locality: string;
  /** "Local safety audit on human trafficking prevention" */
  subtitle: string;
  fields: { label: string; value: string }[];
  notice: string;
}

export interface DocumentModel {
  language: string;
  /** PDF metadata title and the running header's left side. */
  title: string;
  /** The running header's right side, e.g. the locality. */
  headerRight: string;
  /** Slugified: action-plan-riverbend-2026-09-15.pdf */
  fileName: string;
  /** YYYY-MM-DD: the generation date, the only thing that may differ between two runs. */
  generatedOn: string;
  cover: Cover;
  contentsTitle: string;
  /** With {{page}} and {{total}}. */
  pageLabel: string;
  /** The footer's left side, e.g. "Generated on 15 Sept 2026". */
  footerLeft: string;
  blocks: Block[];
}

export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  /** Index of the heading in `blocks`. */
  blockIndex: number;
}

/** The table of contents: level 1 and 2 headings, in order. */
export function contentsOf(blocks: readonly Block[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading' && block.level < 3) entries.push({ level: block.level as 1 | 2, text: block.text, blockIndex });
  });
  return entries;
}
