import type { Plugin } from 'vite';
import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest, in English (default) and French; the app links the one of its language. */
const common: Partial<ManifestOptions> = {
  id: './',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#0b5cab',
  background_color: '#ffffff',
  categories: ['government', 'productivity', 'utilities'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

export const MANIFEST_EN: Partial<ManifestOptions> = {
  ...common,
  lang: 'en',
  name: 'Local Safety Audit',
  short_name: 'Safety Audit',
  description: 'An offline local diagnostic for human-trafficking prevention, from answers to a printed local action plan.',
};

export const MANIFEST_FR: Partial<ManifestOptions> = {
  ...common,
  lang: 'fr',
  name: 'Audit local de sécurité',
  short_name: 'Audit sécurité',
  description: 'Un diagnostic local hors ligne pour prévenir la traite des personnes, des réponses au plan d’action local imprimé.',
};

export const MANIFEST_FR_FILE = 'manifest-fr.webmanifest';

/** Emits the French manifest beside the English one that vite-plugin-pwa writes. */
export function frenchManifestPlugin(): Plugin {
  return {
    name: 'lsa-french-manifest',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANIFEST_FR_FILE, source: JSON.stringify(MANIFEST_FR, null, 2) });
    },
  };
}
