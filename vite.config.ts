import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'lsa-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), shippedTemplatesPlugin(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The template engine (zod schemas) loads with the screens that read templates,
        // never with the first screen.
        codeSplitting: { groups: [{ name: 'engine', test: /node_modules[\\/]zod[\\/]/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
