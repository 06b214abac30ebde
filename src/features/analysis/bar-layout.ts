import { wrapLabel } from './wrap-label';

/** One bar of a chart: 0..100. */
export interface BarDatum {
  key: string;
  label: string;
  /** 0..100 */
  value: number;
}

/** Average width of a character of the 12 px tick labels, generous so lines never overflow. */
export const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 13;

/** How many characters fit on a line of a category label `labelWidth` pixels wide. */
export const charsIn = (labelWidth: number): number => (labelWidth - 12) / CHAR_WIDTH;

/** A category label in up to three lines, broken without measuring text (wrap-label.ts). */
export const labelLines = (label: string, labelWidth: number): string[] => wrapLabel(label, charsIn(labelWidth), 3);
