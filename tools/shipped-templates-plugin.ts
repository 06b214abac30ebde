import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:shipped-templates';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The few fields the app lists; the app validates the whole file when it loads one. */
interface TemplateHead {
  id: string;
  version: string;
  kind: string;
  languages: string[];
  title: Record<string, string>;
  description: Record<string, string>;
}

interface ShippedFile {
  file: string;
  text: string;
  template: TemplateHead;
}

function readTemplates(dir: string): ShippedFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    // Shipped templates are fully validated by the test suite (tests/unit/shipped-templates.test.ts).
    return { file, text, template: JSON.parse(text) as TemplateHead };
  });
}

/**
 * Ships the templates of `audit-templates/` (or LSA_TEMPLATES_DIR) as static files under
 * `templates/`, and exposes their metadata as a virtual module so
 * the app can list them without fetching each one.
 */
export function shippedTemplatesPlugin(dir = process.env.LSA_TEMPLATES_DIR ?? 'audit-templates'): Plugin {
  const root = resolve(dir);
  let files: ShippedFile[] = [];
  return {
    name: 'lsa-shipped-templates',
    buildStart() {
      files = readTemplates(root);
      for (const { file } of files) this.addWatchFile(join(root, file));
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const list = files.map(({ file, template }) => ({
        file: `templates/${file}`,
        id: template.id,
        version: template.version,
        kind: template.kind,
        languages: template.languages,
        title: template.title,
        description: template.description,
      }));
      return `export const shippedTemplates = ${JSON.stringify(list)};`;
    },
    generateBundle() {
      for (const { file, text } of files) this.emitFile({ type: 'asset', fileName: `templates/${file}`, source: text });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/templates\/([a-z0-9-]+\.json)$/.exec(req.url?.split('?')[0] ?? '');
        const found = match && readTemplates(root).find((f) => f.file === match[1]);
        if (!found) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(found.text);
      });
    },
  };
}
