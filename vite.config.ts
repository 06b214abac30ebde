import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { MANIFEST_EN, frenchManifestPlugin } from './tools/manifest.ts';
import { preloadBootPlugin } from './tools/preload-boot-plugin.ts';
import { shippedTemplatesPlugin } from './tools/shipped-templates-plugin.ts';

/** The CSP goes into built pages only: the dev server injects inline scripts and styles. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'self' blob:",
].join('; ');

/** Headers a host should send (vite preview sends them; see README for other servers). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'lsa-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

export default defineConfig({
  base: './',
  define: {
    __APP_VERSION__: JSON.stringify(process.env.LSA_BUILD_ID ? `${version}+${process.env.LSA_BUILD_ID}` : version),
  },
  plugins: [
    react(),
    shippedTemplatesPlugin(),
    contentSecurityPolicy(),
    frenchManifestPlugin(),
    preloadBootPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: MANIFEST_EN,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      workbox: {
        // Everything the app may ever load, templates and lazy screens included, works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,ttf,woff2}'],
        // jsPDF's optional HTML and SVG renderers are never used by the app.
        globIgnores: ['**/html2canvas*', '**/purify*', '**/index.es-*'],
        navigateFallback: 'index.html',
        // The first install controls the open page at once; later versions wait (registerType 'prompt').
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Lets the browser read hashed assets from the cache without running the worker (public/sw-routes.js).
        importScripts: ['sw-routes.js'],
      },
    }),
  ],
  // Module workers, so jsPDF's optional renderers stay separate chunks the precache skips.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // The domain layer is pure (no module does anything on import), so a screen that takes
      // one function from a domain barrel does not load the rest of what the barrel lists.
      // So is the storage layer: a screen that takes one hook from the storage barrel does not load the others.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/](domain|storage)[\\/]/.test(id) },
      output: {
        // The schema library loads with the screens that read templates, never with the first screen.
        // Storage modules that would otherwise each make a chunk of a few hundred bytes: the
        // journals the database attaches, and the live queries the first screens share.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'engine', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'journals', test: /src[\\/]storage[\\/](answer-journal\.|journal-entries|plan-journal|repositories[\\/](answers-repo|plans-repo))|src[\\/]domain[\\/]answers[\\/]merge-entry-ids/ },
            { name: 'live-queries', test: /src[\\/]storage[\\/]hooks[\\/](use-live-query|use-audits|use-respondents)/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: SECURITY_HEADERS },
});
