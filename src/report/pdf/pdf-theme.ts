/** Page geometry, type sizes and colours of the printed plan, in PDF points (1/72 inch). */

export type Paper = 'letter' | 'a4';

export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

export type Rgb = readonly [number, number, number];

export const COLOURS = {
  text: [26, 26, 26] as Rgb,
  muted: [90, 96, 104] as Rgb,
  accent: [31, 58, 95] as Rgb,
  rule: [190, 198, 208] as Rgb,
  headerFill: [226, 233, 242] as Rgb,
  zebra: [246, 248, 250] as Rgb,
  bar: [47, 93, 138] as Rgb,
  white: [255, 255, 255] as Rgb,
  /** Heat map: from the lightest to the darkest cell. */
  heatLow: [238, 243, 248] as Rgb,
  heatHigh: [31, 58, 95] as Rgb,
} as const;

export const TYPE = {
  body: { size: 10, leading: 14 },
  note: { size: 8.5, leading: 11.5 },
  table: { size: 8.5, leading: 11 },
  h1: { size: 18, leading: 24 },
  h2: { size: 13, leading: 18 },
  h3: { size: 10.5, leading: 15 },
  furniture: { size: 8, leading: 10 },
} as const;

export interface PageBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The text width between the margins. */
  textWidth: number;
}

export function pageBox(paper: Paper): PageBox {
  const { width, height } = PAPER_SIZES[paper];
  const margin = 56;
  return { width, height, left: margin, right: width - margin, top: 66, bottom: height - 60, textWidth: width - 2 * margin };
}

/** Mixes two colours: t = 0 gives `from`, t = 1 gives `to`. */
export function mix(from: Rgb, to: Rgb, t: number): Rgb {
  const k = Math.min(1, Math.max(0, t));
  const at = (a: number, b: number) => Math.round(a + (b - a) * k);
  return [at(from[0], to[0]), at(from[1], to[1]), at(from[2], to[2])];
}
