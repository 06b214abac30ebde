import boldUrl from './fonts/DejaVuSans-Bold.ttf?url';
import regularUrl from './fonts/DejaVuSans.ttf?url';
import type { FontFiles, LoadFonts } from './font-files';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let cached: Promise<FontFiles> | undefined;

/** Fetches the fonts once per worker; the service worker serves them offline (they are precached). */
export const loadBrowserFonts: LoadFonts = () => {
  cached ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  return cached;
};
