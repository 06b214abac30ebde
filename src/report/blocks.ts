import type { Block, TableColumn } from './document-model';

/** Small constructors that keep the section builders readable. */
export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const note = (text: string): Block => ({ kind: 'paragraph', text, style: 'note' });
export const bullets = (items: string[]): Block => ({ kind: 'bullets', items });
export const numbered = (items: string[]): Block => ({ kind: 'bullets', items, numbered: true });
export const keyValue = (rows: { label: string; value: string }[]): Block => ({ kind: 'key-value', rows });

export function table(columns: TableColumn[], rows: string[][]): Block {
  return { kind: 'table', columns, rows, repeatHeader: true };
}

export const column = (header: string, weight: number, align?: 'right'): TableColumn => (align ? { header, weight, align } : { header, weight });
