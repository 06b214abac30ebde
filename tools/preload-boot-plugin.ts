import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

type Chunk = Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

const isChunk = (value: Rollup.OutputAsset | Rollup.OutputChunk): value is Chunk => value.type === 'chunk';

/**
 * Every route renders through `src/app/boot.tsx`, which the entry imports dynamically (so a
 * deep link can start its own work first). Its code and styles are announced in the page
 * itself, so the browser fetches them while it parses the HTML rather than after the entry
 * has run: the same bytes as before, started about one round of module loading earlier.
 * The entry itself is async, so a deep link's own loads start without waiting for styles.
 */
export function preloadBootPlugin(): Plugin {
  return {
    name: 'lsa-preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = new Map(Object.values(bundle).filter(isChunk).map((chunk) => [chunk.fileName, chunk]));
        const boot = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith('/src/app/boot.tsx'));
        if (!boot) throw new Error('lsa-preload-boot: no chunk for src/app/boot.tsx');
        const scripts: string[] = [];
        const styles = new Set<string>();
        const visit = (fileName: string): void => {
          if (scripts.includes(fileName)) return;
          const chunk = chunks.get(fileName);
          if (!chunk) return;
          scripts.push(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const next of chunk.imports) visit(next);
        };
        visit(boot.fileName);
        const already = (file: string): boolean => html.includes(`/${file}"`);
        const tags: HtmlTagDescriptor[] = [
          ...[...styles].filter((file) => !already(file)).map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
          ...scripts.filter((file) => !already(file)).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
        ];
        // The entry runs as soon as it arrives (async), not after the page's stylesheets: it
        // only starts loads (a deep link's screen and data), and boot waits for the page.
        // An async script is fetched at low priority, after the styles and preloads: high
        // priority brings it (7 kB) first, and a deep link's loads start about 35 ms earlier.
        const entry = /<script type="module" crossorigin src="/;
        if (!entry.test(html)) throw new Error('lsa-preload-boot: no entry script in index.html');
        return { html: html.replace(entry, '<script type="module" async fetchpriority="high" crossorigin src="'), tags };
      },
    },
  };
}
