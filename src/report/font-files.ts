/** The TrueType files the PDF embeds, as raw bytes. Where they come from depends on where the report runs. */
export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** Node reads them from src/report/fonts (src/cli/node-fonts.ts); the browser fetches asset URLs (browser-fonts.ts). */
export type LoadFonts = () => Promise<FontFiles>;

export const FONT_FILE_NAMES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
